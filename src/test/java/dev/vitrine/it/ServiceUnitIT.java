package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit the site ships ({@code deploy/systemd/vitrine.service}): systemd's own check finds nothing to
 * say about it; installed as the README says (its {@code install} lines, into a temporary folder), its ExecStart,
 * run as the unit gives it (its environment, the example environment file, its working directory; only the
 * system paths moved to that folder and the port to a free one), serves the site and logs in a form the journal
 * shows; SIGTERM, what {@code systemctl stop} sends, then ends it within the unit's stop timeout with a status the
 * unit counts as success, after writing the views still pending. Starts a server of its own (the
 * {@code it-postgresql-stops} leg), on embedded H2 in its own state directory.
 */
class ServiceUnitIT {

    private static final Path UNIT = Path.of("deploy/systemd/vitrine.service");
    private static final Pattern SYSTEM_PATHS =
            Pattern.compile("/(opt/vitrine|etc/vitrine|etc/systemd/system|var/lib/vitrine)\\b");
    private static final String ARTICLE = "news/protect-your-battery-in-winter";
    private static final Pattern VIEWS = Pattern.compile("点击:(\\d+)");
    private static final int VISITORS = 5;

    /** Kept when a test fails: the server's output (journal.log) shows why. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    @Test
    void systemdFindsNothingWrong() throws Exception {
        Process verify = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", UNIT.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), said);
        // Unknown keys and bad values are only warned about: none may be.
        assertEquals("", said.lines().filter(line -> line.contains("vitrine")).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void startsTheSiteAndStopsCleanlyOnSigterm() throws Exception {
        // The README's installation, as root would run it, into this test's folder (without useradd and systemctl).
        Files.createDirectories(root.resolve("etc/systemd/system"));
        for (String line : readmeBlock("### Running it as a service")) {
            if (!line.startsWith("useradd ") && !line.startsWith("systemctl ")) {
                shell(moved(line));
            }
        }
        Unit unit = Unit.read(Path.of(moved("/etc/systemd/system/vitrine.service")));
        Path state = Files.createDirectories(Path.of(moved("/var/lib/vitrine"))); // StateDirectory=
        int port = port();
        // The example settings as installed, with this test's lines after them (later lines win).
        Files.writeString(
                Path.of(moved("/etc/vitrine/vitrine.env")),
                "\nHTTP_PORT=" + port
                        + "\nVITRINE_DEMO_CONTENT=true"
                        + "\n# Every view stays pending until the stop: only the stop can write them.\n"
                        + "VITRINE_VIEWS_FLUSH_SECONDS=3600\n",
                StandardOpenOption.APPEND);
        // The upgrade's copy, over the installed files, as the README gives it.
        readmeBlock("### Upgrading").stream()
                .filter(line -> line.startsWith("install "))
                .forEach(line -> shell(moved(line)));

        Map<String, String> environment = new LinkedHashMap<>();
        // What systemd gives every service, then the unit's Environment= lines, then its EnvironmentFile=.
        environment.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin");
        environment.put("HOME", state.toString());
        environment.put("STATE_DIRECTORY", state.toString());
        unit.all("Environment").forEach(line -> {
            String[] pair = unquote(moved(line)).split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        environment.putAll(
                environmentFile(Path.of(moved(unit.one("EnvironmentFile").replaceFirst("^-", "")))));
        List<String> command = execStart(moved(unit.one("ExecStart")), environment);
        Path log = root.resolve("journal.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of(moved(unit.one("WorkingDirectory"))).toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process server = builder.start();
        try {
            URL site = URI.create("http://127.0.0.1:" + port + "/").toURL();
            await("the site answers")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    .failFast("the server ended: see " + log, () -> !server.isAlive())
                    .ignoreExceptions()
                    .until(() -> new Browserless(site, "curl/8").get("").statusCode() == 200);
            long before = shown(new Browserless(site, "curl/8"));
            for (int i = 1; i <= VISITORS; i++) {
                assertEquals(before + i, shown(new Browserless(site)));
            }

            long began = System.nanoTime();
            server.destroy(); // SIGTERM
            long timeout = seconds(unit.one("TimeoutStopSec"));
            assertTrue(server.waitFor(timeout, TimeUnit.SECONDS), "not stopped within TimeoutStopSec: see " + log);
            System.out.printf(
                    "ServiceUnitIT: stopped %.1f s after SIGTERM, status %d%n",
                    (System.nanoTime() - began) / 1e9, server.exitValue());
            List<String> success = new ArrayList<>(List.of("0"));
            success.addAll(Arrays.asList(unit.one("SuccessExitStatus").split("\\s+")));
            assertTrue(
                    success.contains(Integer.toString(server.exitValue())),
                    "status " + server.exitValue() + " is a failure to systemd: see " + log);
            assertEquals(before + VISITORS, stored(state), "the views pending at the stop were written");
            String journal = Files.readString(log);
            assertTrue(
                    journal.contains("Created the first administrator for /admin"),
                    "the first admin's password is in the journal");
            // journalctl shows a line with control characters (a terminal's colours) as "[... blob data]".
            assertTrue(
                    journal.chars().noneMatch(c -> c < ' ' && c != '\n' && c != '\t' && c != '\r'),
                    "control characters in the output: see " + log);
        } finally {
            server.destroyForcibly();
        }
    }

    private static long shown(Browserless visitor) {
        Matcher matcher =
                VIEWS.matcher(visitor.page(ARTICLE).selectFirst(".meta .views").text());
        assertTrue(matcher.find());
        return Long.parseLong(matcher.group(1));
    }

    /** The article's count in the stopped server's embedded database. */
    private static long stored(Path dataDirectory) throws SQLException {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("db").resolve("vitrine");
        try (Connection connection = DriverManager.getConnection(url, "", "");
                PreparedStatement query = connection.prepareStatement("SELECT v.views FROM view_count v"
                        + " JOIN article a ON a.id = v.item_id WHERE v.kind = 'ARTICLE' AND a.slug = ?")) {
            query.setString(1, ARTICLE.substring(ARTICLE.indexOf('/') + 1));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no count stored for " + ARTICLE);
                return row.getLong(1);
            }
        }
    }

    /**
     * ExecStart as systemd splits it: words at spaces, {@code $NAME} alone is the variable split into words,
     * {@code ${NAME}} its value inside a word. (The unit uses no quotes and no prefixes such as {@code -}.)
     */
    private static List<String> execStart(String line, Map<String, String> environment) {
        List<String> words = new ArrayList<>();
        for (String word : line.trim().split("\\s+")) {
            if (word.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
                words.addAll(Arrays.asList(
                        variable(environment, word.substring(1)).trim().split("\\s+")));
            } else {
                Matcher braced =
                        Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}").matcher(word);
                words.add(braced.replaceAll(match -> Matcher.quoteReplacement(variable(environment, match.group(1)))));
            }
        }
        assertTrue(Path.of(words.get(0)).isAbsolute(), "ExecStart starts with an absolute path: " + words.get(0));
        return words;
    }

    private static String variable(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null) {
            throw new AssertionError("ExecStart uses $" + name + ", which neither the unit nor its file sets");
        }
        return value;
    }

    /** An environment file as systemd reads it: NAME=value lines, comments and blank lines skipped. */
    private static Map<String, String> environmentFile(Path file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            String[] pair = trimmed.split("=", 2);
            assertEquals(2, pair.length, "not NAME=value in " + file + ": " + line);
            variables.put(pair[0].trim(), unquote(pair[1].trim()));
        }
        return variables;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** The unit's and the README's system paths, moved into this test's folder. */
    private String moved(String value) {
        return SYSTEM_PATHS.matcher(value).replaceAll(path -> Matcher.quoteReplacement(root + path.group()));
    }

    /** The lines of the first {@code sh} block under a heading of README.md, without comments. */
    private static List<String> readmeBlock(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "README.md has no " + heading);
        int block = lines.subList(start, lines.size()).indexOf("```sh") + start + 1;
        int end = lines.subList(block, lines.size()).indexOf("```") + block;
        return lines.subList(block, end).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
    }

    private static void shell(String line) {
        try {
            Process shell = new ProcessBuilder("bash", "-c", line)
                    .redirectErrorStream(true)
                    .start();
            String said = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, shell.exitValue(), line + ": " + said);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(String timespan) {
        Matcher plain = Pattern.compile("(\\d+)s?").matcher(timespan.trim());
        assertTrue(plain.matches(), "TimeoutStopSec in seconds: " + timespan);
        return Long.parseLong(plain.group(1));
    }

    /** {@code -Dit.service.port=...}, else one the system finds free. */
    private static int port() throws IOException {
        int given = Integer.getInteger("it.service.port", 0);
        if (given != 0) {
            return given;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The [Service] section's settings, each key with its values in order. */
    private record Unit(Map<String, List<String>> settings) {

        static Unit read(Path file) throws IOException {
            Map<String, List<String>> settings = new LinkedHashMap<>();
            String section = "";
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("[")) {
                    section = trimmed;
                } else if (section.equals("[Service]") && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] pair = trimmed.split("=", 2);
                    settings.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(pair[1]);
                }
            }
            return new Unit(settings);
        }

        List<String> all(String key) {
            return settings.getOrDefault(key, List.of());
        }

        String one(String key) {
            List<String> values = all(key);
            assertEquals(1, values.size(), key + " in the unit");
            return values.get(0);
        }
    }
}
