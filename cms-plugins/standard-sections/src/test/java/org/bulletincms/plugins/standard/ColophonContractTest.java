package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class ColophonContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Colophon();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2024/2 colophon", Seeds.item("colophon/2024-2-colophon.json"))
                .valid("2021/4 colophon", Seeds.item("colophon/2021-4-colophon.json"))
                .draftOnly(
                        "no e-mail yet",
                        Seeds.item("colophon/2024-2-colophon.json").toBuilder()
                                .withoutShared("email")
                                .build())
                .build();
    }
}
