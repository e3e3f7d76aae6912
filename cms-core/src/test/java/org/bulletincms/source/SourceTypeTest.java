package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTypeTest {

    @Test
    void aNameThatNamesAnotherKindOfDocumentContradictsTheBytes() {
        assertFalse(SourceType.HTML.fitsExtension("pdf"));
        assertFalse(SourceType.PDF.fitsExtension("docx"));
        assertFalse(SourceType.TEXT.fitsExtension("doc"));
        assertFalse(SourceType.HTML.fitsExtension("txt"));
    }

    @Test
    void aNameThatFitsOrSaysNothingIsAccepted() {
        assertTrue(SourceType.PDF.fitsExtension("pdf"));
        assertTrue(SourceType.XHTML.fitsExtension("htm"));
        assertTrue(SourceType.LEGACY_OFFICE.fitsExtension("xls"));
        assertTrue(SourceType.RTF.fitsExtension("doc"), "Word saves RTF under .doc");
        assertTrue(SourceType.PDF.fitsExtension(""));
        assertTrue(SourceType.TEXT.fitsExtension("exe"), "the bytes decide when the name says nothing we know");
    }
}
