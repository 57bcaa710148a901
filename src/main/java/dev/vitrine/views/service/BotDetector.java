package dev.vitrine.views.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells crawlers and tools from people by their user agent, with the maintained list in
 * {@code bot-user-agents.txt}. A request without a user agent is a tool: every browser sends one.
 */
public final class BotDetector {

    private static final List<String> FRAGMENTS = load();

    private BotDetector() {}

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : FRAGMENTS) {
            if (agent.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> load() {
        try (InputStream in = BotDetector.class.getResourceAsStream("bot-user-agents.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
