package dev.vitrine.shared.text;

/** Phone numbers as staff type them ("020-8888 6666 / 138 0000 1111", "+86 (20) 8888-6666 转 8"). */
public final class PhoneNumbers {

    /** What separates several numbers in one field. */
    private static final String BETWEEN_NUMBERS = "[/,;，；、]|\\s{2,}|\\s+或\\s+|\\s+or\\s+";

    /** What starts an extension, which a {@code tel:} address can't dial. */
    private static final String EXTENSION = "(?i)(转|分机|ext\\.?|x)\\s*\\d.*$";

    private PhoneNumbers() {}

    /**
     * The first number of a phone field, as a {@code tel:} link dials it: its digits, with a leading {@code +}
     * if it had one; {@code null} if the field holds no number of at least five digits.
     */
    public static String dialable(String typed) {
        if (typed == null) {
            return null;
        }
        String first = typed.strip().split(BETWEEN_NUMBERS, 2)[0].replaceAll(EXTENSION, "");
        String digits = first.replaceAll("\\D", "");
        if (digits.length() < 5) {
            return null;
        }
        return first.strip().startsWith("+") ? "+" + digits : digits;
    }
}
