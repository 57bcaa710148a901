package dev.vitrine.moving.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Times as other systems store them: as text in their local time, or as seconds since 1970. */
final class SourceTime {

    /** China's time, which PHP systems made for Chinese sites keep their times in. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private SourceTime() {}

    /**
     * The first of the columns that holds a time ({@code 2024-03-12 09:30:00}, or a date), else now.
     */
    static LocalDateTime of(Map<String, String> row, String... columns) {
        for (String column : columns) {
            String value = row.get(column) == null ? "" : row.get(column).strip();
            try {
                if (value.length() >= 19) {
                    return LocalDateTime.parse(value.substring(0, 19).replace(' ', 'T'));
                }
                if (value.length() == 16) {
                    return LocalDateTime.parse(value.replace(' ', 'T'));
                }
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay();
                }
            } catch (DateTimeParseException e) {
                // the next column
            }
        }
        return LocalDateTime.now();
    }

    /** Seconds since 1970, in China's time. */
    static LocalDateTime ofSeconds(long seconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), CHINA);
    }
}
