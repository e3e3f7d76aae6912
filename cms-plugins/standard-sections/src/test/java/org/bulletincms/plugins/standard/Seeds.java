package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.SampleFiles;
import org.bulletincms.spi.ItemContent;

/**
 * The items of the two seed issues (2024 no. 2 and 2021 no. 4 of the 可持续公共采购计划简报), as
 * content files beside this class: the Chinese exactly as published, the English translated.
 */
final class Seeds {

    private Seeds() {}

    static ItemContent item(String file) {
        return SampleFiles.read(Seeds.class, file);
    }
}
