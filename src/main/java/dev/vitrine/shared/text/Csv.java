package dev.vitrine.shared.text;

/** CSV as spreadsheet programs read it safely. */
public final class Csv {

    private Csv() {}

    /**
     * A quoted text field; a leading =, +, - or @, or a tab or carriage return (which spreadsheets skip
     * before a formula), is defused so that spreadsheets never run it as a formula (OWASP's CSV injection).
     */
    public static String field(String text) {
        String value = text == null ? "" : text;
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
