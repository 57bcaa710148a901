package dev.vitrine.media.service;

import dev.vitrine.shared.BusinessException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a file attached for download: its kind is read from its first bytes, never taken from its
 * name or the browser's word, and only documents and archives staff share are taken (PDF, Word, Excel and
 * PowerPoint old and new, ZIP, RAR, 7z, DWG drawings); pages, scripts and programs never are. The stored
 * name's extension is the one its content proves.
 */
public final class FileUpload {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Extensions that a ZIP container may carry (Office files are ZIPs); any other ZIP is stored as .zip. */
    private static final Set<String> ZIP_KINDS = Set.of("docx", "xlsx", "pptx", "zip");

    /** Extensions that an old Office (compound) file may carry. */
    private static final Set<String> COMPOUND_KINDS = Set.of("doc", "xls", "ppt");

    /** Served as what it is, and always as a download. */
    public static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("rar", "application/vnd.rar"),
            Map.entry("7z", "application/x-7z-compressed"),
            Map.entry("dwg", "image/vnd.dwg"));

    private FileUpload() {}

    /** The extension the file is stored with, or a refusal that says why. */
    public static String extensionOf(byte[] content, String name) {
        if (content.length == 0) {
            throw new BusinessException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("file.tooLarge");
        }
        String named =
                name == null ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (ImageUpload.startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "pdf";
        }
        if (ImageUpload.startsWith(content, 'P', 'K', 3, 4)) {
            return ZIP_KINDS.contains(named) ? named : "zip";
        }
        if (ImageUpload.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return COMPOUND_KINDS.contains(named) ? named : "doc";
        }
        if (ImageUpload.startsWith(content, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "rar";
        }
        if (ImageUpload.startsWith(content, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7z";
        }
        if (ImageUpload.startsWith(content, 'A', 'C', '1', '0')) {
            return "dwg";
        }
        throw new BusinessException("file.notAllowed");
    }
}
