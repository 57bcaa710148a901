package dev.vitrine.mail.service;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Whether a visitor's text is one e-mail address we can write to and show as a {@code mailto:} link. Two
 * checks, both must pass: Jakarta Mail's strict parse of exactly one address (so a list, a group or a
 * display name is refused, and a mail to it can be built), and a conservative pattern of the addresses
 * people actually have (so nothing in it means something in a URL: no {@code ?}, {@code &}, {@code %},
 * quotes or brackets). Some rare addresses the standard allows are refused; the visitor can give a phone
 * number or another address.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 254;
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z0-9_+-]+(?:\\.[A-Za-z0-9_+-]+)*@" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,63}");

    private EmailAddress() {}

    public static boolean isValid(String text) {
        if (text == null || text.length() > MAX_LENGTH || !PLAIN.matcher(text).matches()) {
            return false;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(text, true);
            if (parsed.length != 1) {
                return false;
            }
            parsed[0].validate();
            return text.equals(parsed[0].getAddress()) && parsed[0].getPersonal() == null;
        } catch (AddressException e) {
            return false;
        }
    }
}
