package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParagraphLanguagesTest {

    private static final ParagraphLanguages LANGUAGES = new ParagraphLanguages();

    @Test
    void chineseParagraphIsZh() {
        assertEquals(
                Optional.of("zh"),
                LANGUAGES.of("2024年，中国政府绿色采购规模持续扩大，可持续公共采购在推动绿色低碳发展中发挥了重要作用。").language());
    }

    @Test
    void chineseParagraphWithLatinNamesAndNumbersIsStillZh() {
        assertEquals(
                Optional.of("zh"),
                LANGUAGES
                        .of("联合国环境规划署在信息社会世界峰会(WSIS)20论坛发布《DPI》研究报告，" + "UNEP, ITU and UNDP 2024")
                        .language());
    }

    @Test
    void englishParagraphIsEn() {
        assertEquals(
                Optional.of("en"),
                LANGUAGES
                        .of("The One Planet Network Sustainable Public Procurement "
                                + "Programme supports public procurers worldwide in buying goods and services.")
                        .language());
    }
}
