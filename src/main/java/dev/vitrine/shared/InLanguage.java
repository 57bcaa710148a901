package dev.vitrine.shared;

/**
 * The language the public reads items in, and whether items not translated to it show in its lists (a
 * site setting; they show in Chinese then).
 */
public record InLanguage(Language language, boolean withUntranslated) {

    /** Chinese: every item is written in it first. */
    public static final InLanguage CHINESE = new InLanguage(Language.CHINESE, true);

    public boolean isOriginal() {
        return language.isOriginal();
    }
}
