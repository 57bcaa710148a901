package dev.vitrine.audit.service;

/**
 * What the audit log is narrowed to; a null or blank part narrows nothing.
 *
 * @param actor who did it (exactly)
 * @param targetType what kind of thing it was done to (PRODUCT, INQUIRY...)
 * @param words words in its summary, in any case
 */
public record AuditFilter(String actor, String targetType, String words) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null);

    static boolean given(String part) {
        return part != null && !part.isBlank();
    }
}
