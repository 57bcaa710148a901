package dev.vitrine.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, as a scraper reads it: every line is a comment, a
 * {@code # HELP} or {@code # TYPE} line, or a sample; every sample belongs to a family whose type came
 * before it (histograms and summaries with their {@code _bucket}, {@code _sum}, {@code _count} lines);
 * names, labels, escapes and values are checked; no series comes twice; a histogram's buckets add up.
 * Anything else throws {@link IllegalArgumentException} naming the line.
 */
public final class PrometheusText {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Double> samples = new LinkedHashMap<>();

    private PrometheusText() {}

    public static PrometheusText parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the last line has no line feed");
        }
        PrometheusText parsed = new PrometheusText();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            try {
                parsed.line(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " (" + lines[i] + "): " + e.getMessage(), e);
            }
        }
        parsed.checkHistograms();
        return parsed;
    }

    /** The families declared, with their types. */
    public Map<String, String> types() {
        return types;
    }

    /**
     * The value of a series, e.g. {@code value("vitrine_views_dropped_total", "reason", "repeat")}; 0 if it
     * is not there (a meter not made yet has counted nothing).
     */
    public double value(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return samples.getOrDefault(key(name, wanted), 0.0);
    }

    public boolean has(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return samples.containsKey(key(name, wanted));
    }

    private void line(String line) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("#")) {
            comment(line);
            return;
        }
        int at = 0;
        while (at < line.length() && line.charAt(at) != '{' && line.charAt(at) != ' ') {
            at++;
        }
        String name = line.substring(0, at);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        Map<String, String> labels = new TreeMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = labels(line, at + 1, labels);
        }
        if (at >= line.length() || line.charAt(at) != ' ') {
            throw new IllegalArgumentException("no space before the value");
        }
        String[] rest = line.substring(at + 1).split(" ", -1);
        if (rest.length > 2) {
            throw new IllegalArgumentException("more than a value and a timestamp");
        }
        double value = number(rest[0]);
        if (rest.length == 2) {
            Long.parseLong(rest[1]);
        }
        family(name);
        if (samples.put(key(name, labels), value) != null) {
            throw new IllegalArgumentException("the same series twice");
        }
    }

    private void comment(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length >= 3 && parts[0].equals("#") && (parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
            if (!NAME.matcher(parts[2]).matches()) {
                throw new IllegalArgumentException("not a metric name: " + parts[2]);
            }
            if (parts[1].equals("TYPE")) {
                if (parts.length != 4 || !TYPES.contains(parts[3])) {
                    throw new IllegalArgumentException("not a type");
                }
                if (types.put(parts[2], parts[3]) != null) {
                    throw new IllegalArgumentException("a second TYPE for " + parts[2]);
                }
                if (samples.keySet().stream().anyMatch(key -> key.startsWith(parts[2] + "{"))) {
                    throw new IllegalArgumentException("TYPE after samples of " + parts[2]);
                }
            }
        }
        // Any other line starting with # is a comment.
    }

    /** Reads labels from {@code at} (after the brace) to the closing brace; returns the index after it. */
    private static int labels(String line, int at, Map<String, String> labels) {
        while (true) {
            if (at < line.length() && line.charAt(at) == '}') {
                return at + 1;
            }
            int equals = line.indexOf('=', at);
            if (equals < 0) {
                throw new IllegalArgumentException("a label without a value");
            }
            String label = line.substring(at, equals);
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("not a label name: " + label);
            }
            if (equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                throw new IllegalArgumentException("a label value without quotes");
            }
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            for (; ; i++) {
                if (i >= line.length()) {
                    throw new IllegalArgumentException("an unclosed label value");
                }
                char c = line.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
                    if (next != '\\' && next != '"' && next != 'n') {
                        throw new IllegalArgumentException("an unknown escape in a label value");
                    }
                    value.append(next == 'n' ? '\n' : next);
                    i++;
                } else {
                    value.append(c);
                }
            }
            if (labels.put(label, value.toString()) != null) {
                throw new IllegalArgumentException("the label " + label + " twice");
            }
            at = i + 1;
            if (at < line.length() && line.charAt(at) == ',') {
                at++;
            } else if (at >= line.length() || line.charAt(at) != '}') {
                throw new IllegalArgumentException("labels not closed");
            }
        }
    }

    private static double number(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number: " + text);
                }
        }
    }

    /** The declared family a sample belongs to; throws if none was declared before it. */
    private String family(String name) {
        if (types.containsKey(name)) {
            String type = types.get(name);
            if (type.equals("histogram")) {
                throw new IllegalArgumentException("a histogram's sample without a suffix");
            }
            return name;
        }
        for (String suffix : new String[] {"_bucket", "_sum", "_count"}) {
            if (name.endsWith(suffix)) {
                String family = name.substring(0, name.length() - suffix.length());
                String type = types.get(family);
                if ("histogram".equals(type) || ("summary".equals(type) && !suffix.equals("_bucket"))) {
                    return family;
                }
            }
        }
        throw new IllegalArgumentException("a sample of no declared family");
    }

    /** Each histogram series: buckets never fall as {@code le} grows, and the +Inf bucket is the count. */
    private void checkHistograms() {
        Map<String, TreeMap<Double, Double>> buckets = new HashMap<>();
        samples.forEach((key, value) -> {
            int brace = key.indexOf('{');
            String name = key.substring(0, brace);
            if (!name.endsWith("_bucket")) {
                return;
            }
            Map<String, String> labels = labelsOf(key);
            String le = labels.remove("le");
            if (le == null) {
                throw new IllegalArgumentException(key + ": a bucket without le");
            }
            String series = key(name.substring(0, name.length() - "_bucket".length()), labels);
            buckets.computeIfAbsent(series, s -> new TreeMap<>()).put(number(le), value);
        });
        buckets.forEach((series, byBound) -> {
            double previous = 0;
            for (double count : byBound.values()) {
                if (count < previous) {
                    throw new IllegalArgumentException(series + ": buckets fall");
                }
                previous = count;
            }
            Double all = byBound.get(Double.POSITIVE_INFINITY);
            int brace = series.indexOf('{');
            String count = series.substring(0, brace) + "_count" + series.substring(brace);
            if (all == null || !all.equals(samples.get(count))) {
                throw new IllegalArgumentException(series + ": the +Inf bucket is not the count");
            }
        });
    }

    private static Map<String, String> labelsOf(String key) {
        Map<String, String> labels = new TreeMap<>();
        String inside = key.substring(key.indexOf('{') + 1, key.length() - 1);
        if (!inside.isEmpty()) {
            for (String pair : inside.split("\u0000")) {
                int equals = pair.indexOf('=');
                labels.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return labels;
    }

    /** A series' key: its name and its labels in order, separated by a character no label holds. */
    private static String key(String name, Map<String, String> labels) {
        StringBuilder key = new StringBuilder(name).append('{');
        new TreeMap<>(labels).forEach((label, value) -> {
            if (key.charAt(key.length() - 1) != '{') {
                key.append('\u0000');
            }
            key.append(label).append('=').append(value);
        });
        return key.append('}').toString();
    }
}
