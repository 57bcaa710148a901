package dev.vitrine.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileUploadTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theKindComesFromTheContentNotTheName() {
        assertEquals("pdf", FileUpload.extensionOf(bytes("%PDF-1.7\n..."), "manual.exe"));
        assertEquals("docx", FileUpload.extensionOf(bytes("PK\u0003\u0004rest"), "说明书.DOCX"));
        assertEquals("zip", FileUpload.extensionOf(bytes("PK\u0003\u0004rest"), "drawing.html"));
        assertEquals(
                "xls", FileUpload.extensionOf(bytes("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1x"), "price.xls"));
        assertEquals("dwg", FileUpload.extensionOf(bytes("AC1032...."), "part.dwg"));
    }

    @Test
    void pagesScriptsProgramsAndEmptyOrHugeFilesAreRefused() {
        for (String refused :
                new String[] {"<html><script>alert(1)</script>", "MZ\u0090\u0000", "\u007fELF", "#!/bin/sh"}) {
            assertEquals(
                    "file.notAllowed",
                    assertThrows(BusinessException.class, () -> FileUpload.extensionOf(bytes(refused), "manual.pdf"))
                            .getMessageKey(),
                    refused);
        }
        assertEquals(
                "upload.empty",
                assertThrows(BusinessException.class, () -> FileUpload.extensionOf(new byte[0], "a.pdf"))
                        .getMessageKey());
        byte[] huge = new byte[FileUpload.MAX_BYTES + 1];
        huge[0] = '%';
        assertEquals(
                "file.tooLarge",
                assertThrows(BusinessException.class, () -> FileUpload.extensionOf(huge, "a.pdf"))
                        .getMessageKey());
    }
}
