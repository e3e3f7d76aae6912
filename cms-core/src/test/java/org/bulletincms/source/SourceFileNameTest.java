package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceFileNameTest {

    @Test
    void directoryPartsAreDropped() {
        assertEquals("passwd", SourceFileName.of("../../etc/passwd").value());
        assertEquals(
                "report.pdf", SourceFileName.of("C:\\Users\\edith\\report.pdf").value());
    }

    @Test
    void nulAndControlCharactersAreRemoved() {
        assertEquals("report.pdf.exe", SourceFileName.of("report.pdf\u0000.exe").value());
        assertEquals("a b.pdf", SourceFileName.of("a\r\n\t b\u0007.pdf").value());
    }

    @Test
    void rightToLeftOverrideCannotDisguiseTheExtension() {
        SourceFileName name = SourceFileName.of("report\u202Efdp.exe");
        assertEquals("reportfdp.exe", name.value());
        assertEquals("exe", name.extension());
    }

    @Test
    void chineseNamesAreKept() {
        assertEquals("绿色采购报告2024.pdf", SourceFileName.of("绿色采购报告2024.pdf").value());
    }

    @Test
    void hiddenOrEmptyNamesGetANeutralName() {
        assertEquals("source", SourceFileName.of("").value());
        assertEquals("source", SourceFileName.of(null).value());
        assertEquals("source", SourceFileName.of("../..").value());
        assertEquals("bashrc", SourceFileName.of(".bashrc").value());
    }

    @Test
    void longNamesAreCut() {
        assertEquals(
                SourceFileName.MAX_LENGTH,
                SourceFileName.of("报".repeat(500) + ".pdf").value().length());
    }
}
