package dev.vitrine.mail.service;

import dev.vitrine.shared.config.VitrineConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server mail goes through: {@code VITRINE_SMTP_HOST}, {@code _PORT} (587), {@code _USER},
 * {@code _PASSWORD}, {@code _STARTTLS} (true; port 465 means TLS from the start) and {@code _FROM}. Without a
 * host and a from address there is no mail at all. {@code VITRINE_MAIL_RETRIES} sets the pauses between tries
 * of a failing mail ({@value #DEFAULT_RETRIES}); after the last it is marked failed.
 */
public record SmtpSettings(
        String host, int port, String user, String password, boolean startTls, String from, List<Duration> retries) {

    public static final String DEFAULT_RETRIES = "1m,5m,30m,2h,12h";

    private static final Pattern PAUSE = Pattern.compile("(\\d{1,6})([smh])");

    /** The settings of this server, read anew each time (a test may change them while it runs). */
    public static Optional<SmtpSettings> current() {
        return from(VitrineConfig::get);
    }

    static Optional<SmtpSettings> from(Function<String, Optional<String>> config) {
        Optional<String> host = config.apply("VITRINE_SMTP_HOST");
        Optional<String> from = config.apply("VITRINE_SMTP_FROM");
        if (host.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        int port = config.apply("VITRINE_SMTP_PORT").map(Integer::parseInt).orElse(587);
        boolean startTls = !config.apply("VITRINE_SMTP_STARTTLS").orElse("true").equalsIgnoreCase("false");
        return Optional.of(new SmtpSettings(
                host.get(),
                port,
                config.apply("VITRINE_SMTP_USER").orElse(null),
                config.apply("VITRINE_SMTP_PASSWORD").orElse(null),
                startTls,
                from.get(),
                pauses(config.apply("VITRINE_MAIL_RETRIES").orElse(DEFAULT_RETRIES))));
    }

    /** Pauses written like {@code 1m,5m,30m,2h,12h} (s, m, h). */
    static List<Duration> pauses(String text) {
        List<Duration> pauses = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher pause = PAUSE.matcher(part.strip());
            if (!pause.matches()) {
                throw new IllegalArgumentException(
                        "VITRINE_MAIL_RETRIES: \"" + part.strip() + "\" is not a pause like 30s, 5m or 2h");
            }
            long amount = Long.parseLong(pause.group(1));
            pauses.add(
                    switch (pause.group(2)) {
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    });
        }
        return List.copyOf(pauses);
    }

    /** Jakarta Mail's session properties: this server, and a time limit on every step. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.auth", String.valueOf(user != null));
        if (port == 465) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        } else if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        for (String limit : List.of("connectiontimeout", "timeout", "writetimeout")) {
            properties.setProperty("mail.smtp." + limit, "15000");
        }
        return properties;
    }
}
