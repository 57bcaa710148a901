package dev.vitrine.moving.service;

import dev.vitrine.content.entity.ItemKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a PbootCMS 3.x site from its database (the SQLite file it keeps in {@code data/}, or a MySQL dump): its
 * columns ({@code ay_content_sort}) as categories, its contents ({@code ay_content}) as products, articles and
 * cases by their column's model, the contents of single-page columns as single pages; pictures ({@code ico},
 * {@code pics}), a product model's own fields ({@code ay_extfield}) as its specification, the view count
 * ({@code visits}, as stored), and the company's details ({@code ay_company}, {@code ay_site}).
 *
 * <p>Every address PbootCMS answers for a page is kept, in each of its three address modes: compatible
 * ({@code /?company/4.html}, its default), rewritten ({@code /company/4.html}) and plain
 * ({@code /index.php/company/4.html}); a column by its own name or by its model's ({@code /?news_3/}).
 *
 * <p>PbootCMS stores what staff type HTML-escaped ({@code &lt;p&gt;}); it is unescaped here as PbootCMS does when
 * it shows it.
 */
public final class PbootCmsSite {

    private static final Set<String> TABLES = Set.of(
            "ay_content",
            "ay_content_sort",
            "ay_model",
            "ay_site",
            "ay_company",
            "ay_extfield",
            "ay_content_ext",
            "ay_slide",
            "ay_link",
            "ay_message",
            "ay_config");

    /** The three ways PbootCMS writes an address: compatible (its default), rewritten, plain. */
    private static final List<String> MODES = List.of("/?", "/", "/index.php/");

    private PbootCmsSite() {}

    /** The tables this reads. */
    public static boolean wants(String table) {
        return TABLES.contains(table);
    }

    /** Whether a database is a PbootCMS site's. */
    public static boolean isOne(SourceTables tables) {
        return tables.has("ay_content") && tables.has("ay_content_sort") && tables.has("ay_model");
    }

    public static SourceSite read(SourceTables tables) {
        List<Map<String, String>> contents = tables.rows("ay_content");
        List<String> leftOut = new ArrayList<>();
        String area = mainArea(contents, leftOut);
        Map<String, Map<String, String>> models = byKey(tables.rows("ay_model"), "mcode");
        Map<String, Map<String, String>> sorts = byKey(inArea(tables.rows("ay_content_sort"), area), "scode");
        Map<String, String> site = first(inArea(tables.rows("ay_site"), area));
        Rules rules = Rules.of(tables.rows("ay_config"));

        List<SourceSite.Category> categories = categories(sorts, models, rules);
        List<SourceSite.Item> items = new ArrayList<>();
        Map<String, Map<String, String>> newestPage = new HashMap<>();
        Specs specs = new Specs(tables);
        int withoutColumn = 0;
        int pageVersions = 0;
        for (Map<String, String> content : inArea(contents, area)) {
            Map<String, String> sort = sorts.get(text(content, "scode"));
            if (sort == null) {
                withoutColumn++;
                continue;
            }
            if (!text(content, "outlink").isEmpty()) {
                leftOut.add(
                        unescape(text(content, "title")) + ": a link to " + text(content, "outlink") + ", not a page");
                continue;
            }
            Map<String, String> model = models.getOrDefault(text(sort, "mcode"), Map.of());
            if (isSinglePage(model)) {
                pageVersions++;
                newestPage.merge(text(sort, "scode"), content, PbootCmsSite::shown);
            } else {
                items.add(item(content, sort, model, kind(model), specs, List.of(), rules));
            }
        }
        for (Map<String, String> content : newestPage.values()) {
            Map<String, String> sort = sorts.get(text(content, "scode"));
            if (text(content, "content").isEmpty()) { // the guestbook's column, say: the page was its form
                leftOut.add(unescape(text(content, "title")) + ": an empty single page");
                continue;
            }
            Map<String, String> model = models.getOrDefault(text(sort, "mcode"), Map.of());
            List<String> addresses = addresses(rules.sortPath(sort, model) + "/");
            items.add(item(content, sort, model, ItemKind.PAGE, specs, addresses, rules));
        }
        if (pageVersions > newestPage.size()) {
            leftOut.add(pageVersions - newestPage.size()
                    + " older contents of single pages (PbootCMS shows the newest shown one of each)");
        }
        items.sort(Comparator.comparing(SourceSite.Item::key, Comparator.comparingInt(PbootCmsSite::idOf)));
        if (withoutColumn > 0) {
            leftOut.add(withoutColumn + " contents of no column (deleted columns)");
        }
        List<SourceSite.Message> messages = inArea(tables.rows("ay_message"), area).stream()
                .map(message -> new SourceSite.Message(
                        "message " + text(message, "id"),
                        orNull(message, "contacts"),
                        orNull(message, "mobile"),
                        null,
                        unescape(text(message, "content")),
                        SourceTime.of(message, "create_time"),
                        orNull(message, "recontent"),
                        ipv4(number(message, "user_ip"))))
                .toList();
        List<SourceSite.Banner> banners = inArea(tables.rows("ay_slide"), area).stream()
                .sorted(Comparator.comparingLong(slide -> number(slide, "sorting")))
                .map(slide -> new SourceSite.Banner(text(slide, "pic"), orNull(slide, "title"), orNull(slide, "link")))
                .toList();
        List<SourceSite.Link> links = inArea(tables.rows("ay_link"), area).stream()
                .sorted(Comparator.comparingLong(link -> number(link, "sorting")))
                .map(link ->
                        new SourceSite.Link(unescape(text(link, "name")), text(link, "link"), orNull(link, "logo")))
                .toList();
        return new SourceSite(
                "PbootCMS 3.x",
                origin(site),
                categories,
                items,
                leftOut,
                company(tables, area, site),
                banners,
                links,
                messages);
    }

    /** An IPv4 address PHP's {@code ip2long} made a number of; null for none. */
    private static String ipv4(long number) {
        if (number <= 0 || number > 0xFFFFFFFFL) {
            return null;
        }
        return (number >> 24) + "." + ((number >> 16) & 255) + "." + ((number >> 8) & 255) + "." + (number & 255);
    }

    private static int idOf(String key) {
        return Integer.parseInt(key.substring(key.indexOf(' ') + 1));
    }

    /** The language area most contents are in ({@code cn}); the others are named as left out. */
    private static String mainArea(List<Map<String, String>> contents, List<String> leftOut) {
        Map<String, Long> perArea = contents.stream()
                .collect(Collectors.groupingBy(row -> text(row, "acode"), TreeMap::new, Collectors.counting()));
        String area = perArea.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("cn");
        perArea.forEach((other, count) -> {
            if (!other.equals(area)) {
                leftOut.add(count + " contents in the language area \"" + other + "\": only \"" + area
                        + "\" is brought (add them as translations)");
            }
        });
        return area;
    }

    /** Of two contents of a single page's column, the one PbootCMS shows: the newest shown one. */
    private static Map<String, String> shown(Map<String, String> one, Map<String, String> other) {
        boolean oneShown = text(one, "status").equals("1");
        if (oneShown != text(other, "status").equals("1")) {
            return oneShown ? one : other;
        }
        return number(one, "id") > number(other, "id") ? one : other;
    }

    private static List<SourceSite.Category> categories(
            Map<String, Map<String, String>> sorts, Map<String, Map<String, String>> models, Rules rules) {
        List<SourceSite.Category> categories = new ArrayList<>();
        Set<String> made = new LinkedHashSet<>();
        List<Map<String, String>> lists = sorts.values().stream()
                .filter(sort -> !isSinglePage(models.getOrDefault(text(sort, "mcode"), Map.of())))
                .sorted(Comparator.comparingLong((Map<String, String> sort) -> number(sort, "sorting"))
                        .thenComparingLong(sort -> number(sort, "id")))
                .toList();
        // parents first: a pass makes those whose parent is made (or none), until none is left
        List<Map<String, String>> left = new ArrayList<>(lists);
        while (!left.isEmpty()) {
            int before = left.size();
            for (var it = left.iterator(); it.hasNext(); ) {
                Map<String, String> sort = it.next();
                Map<String, String> model = models.getOrDefault(text(sort, "mcode"), Map.of());
                Map<String, String> parent = sorts.get(text(sort, "pcode"));
                boolean sameKind = parent != null
                        && kind(models.getOrDefault(text(parent, "mcode"), Map.of())) == kind(model)
                        && lists.contains(parent);
                if (sameKind && !made.contains(text(parent, "scode"))) {
                    continue;
                }
                String path = rules.sortPath(sort, model);
                categories.add(new SourceSite.Category(
                        "sort " + text(sort, "scode"),
                        sameKind ? "sort " + text(parent, "scode") : null,
                        kind(model),
                        unescape(text(sort, "name")),
                        text(sort, "filename").isEmpty() ? null : text(sort, "filename"),
                        addresses(path + "/", path + rules.suffix())));
                made.add(text(sort, "scode"));
                it.remove();
            }
            if (left.size() == before) { // a loop of parents: the rest at the top
                left.forEach(sort -> made.add(text(sort, "scode")));
                left.clear();
            }
        }
        return categories;
    }

    private static SourceSite.Item item(
            Map<String, String> content,
            Map<String, String> sort,
            Map<String, String> model,
            ItemKind kind,
            Specs specs,
            List<String> pageAddresses,
            Rules rules) {
        String id = text(content, "id");
        String slug = text(content, "filename");
        List<String> addresses = new ArrayList<>(pageAddresses);
        if (kind != ItemKind.PAGE) {
            String path = rules.sortPath(sort, model);
            String suffix = rules.suffix();
            addresses.addAll(addresses(path + "/" + id + suffix, id + suffix));
            if (!slug.isEmpty()) {
                addresses.addAll(addresses(path + "/" + slug + suffix, slug + suffix));
            }
        }
        List<String> pictures = new ArrayList<>();
        for (String picture : text(content, "pics").split(",")) {
            if (!picture.isBlank() && !picture.strip().equals(text(content, "ico"))) {
                pictures.add(picture.strip());
            }
        }
        String description = unescape(text(content, "description"));
        String cover = text(content, "ico");
        if (cover.isEmpty()) {
            cover = pictures.isEmpty() ? null : pictures.remove(0);
        }
        return new SourceSite.Item(
                "content " + id,
                kind,
                kind == ItemKind.PAGE ? null : "sort " + text(sort, "scode"),
                unescape(text(content, "title")),
                slug.isEmpty() ? null : slug,
                description.isEmpty() ? null : description,
                body(text(content, "content")),
                cover,
                text(content, "status").equals("1") ? SourceTime.of(content, "date", "create_time") : null,
                number(content, "visits"),
                null,
                description.isEmpty() ? null : description,
                addresses,
                kind == ItemKind.PRODUCT ? pictures : List.of(),
                kind == ItemKind.PRODUCT ? specs.of(text(model, "mcode"), id) : List.of());
    }

    /** A product model's own fields ({@code ext_price}…) with their labels, and each content's values. */
    private static final class Specs {

        private final Map<String, List<Map<String, String>>> fieldsByModel;
        private final Map<String, Map<String, String>> valuesByContent;

        Specs(SourceTables tables) {
            fieldsByModel = tables.rows("ay_extfield").stream()
                    .sorted(Comparator.comparingLong(field -> number(field, "sorting")))
                    .collect(Collectors.groupingBy(field -> text(field, "mcode")));
            valuesByContent = byKey(tables.rows("ay_content_ext"), "contentid");
        }

        List<SourceSite.Spec> of(String mcode, String contentId) {
            Map<String, String> values = valuesByContent.getOrDefault(contentId, Map.of());
            List<SourceSite.Spec> specs = new ArrayList<>();
            for (Map<String, String> field : fieldsByModel.getOrDefault(mcode, List.of())) {
                String value = unescape(text(values, text(field, "name").toLowerCase()));
                if (!value.isEmpty()) {
                    String label = unescape(text(field, "description"));
                    specs.add(new SourceSite.Spec(label.isEmpty() ? text(field, "name") : label, value));
                }
            }
            return specs;
        }
    }

    private static SourceSite.Company company(SourceTables tables, String area, Map<String, String> site) {
        Map<String, String> company = first(inArea(tables.rows("ay_company"), area));
        SourceSite.Company details = new SourceSite.Company(
                orNull(company, "name"),
                orNull(company, "address"),
                orNull(company, "phone"),
                orNull(company, "mobile"),
                orNull(company, "fax"),
                orNull(company, "email"),
                orNull(company, "qq"),
                orNull(site, "icp"),
                orNull(site, "logo"),
                orNull(company, "weixin"));
        return details.equals(new SourceSite.Company(null, null, null, null, null, null, null, null, null, null))
                ? null
                : details;
    }

    private static String origin(Map<String, String> site) {
        String domain = text(site, "domain").replaceAll("/+$", "");
        if (domain.isEmpty()) {
            return "";
        }
        return domain.contains("://") ? domain : "http://" + domain;
    }

    /**
     * How the site wrote its addresses ({@code ay_config}): the ending of a page's ({@code url_rule_suffix},
     * {@code .html} by default) and what joins a model's name to a column's code ({@code url_break_char}, {@code _}).
     */
    private record Rules(String suffix, String breakChar) {

        static Rules of(List<Map<String, String>> config) {
            Map<String, String> values = new HashMap<>();
            config.forEach(row -> values.put(text(row, "name"), text(row, "value")));
            String suffix = values.getOrDefault("url_rule_suffix", "");
            String breakChar = values.getOrDefault("url_break_char", "");
            return new Rules(suffix.isEmpty() ? ".html" : suffix, breakChar.isEmpty() ? "_" : breakChar);
        }

        /** A column's part of an address: its own name, or its model's and its code ({@code news_3}). */
        String sortPath(Map<String, String> sort, Map<String, String> model) {
            if (!text(sort, "filename").isEmpty()) {
                return text(sort, "filename");
            }
            String urlName = text(model, "urlname");
            if (urlName.isEmpty()) {
                urlName = isSinglePage(model) ? "about" : "list";
            }
            return urlName + breakChar + text(sort, "scode");
        }
    }

    private static List<String> addresses(String... paths) {
        List<String> addresses = new ArrayList<>();
        for (String path : paths) {
            for (String mode : MODES) {
                addresses.add(mode + path);
            }
        }
        return addresses;
    }

    private static boolean isSinglePage(Map<String, String> model) {
        return text(model, "type").equals("1");
    }

    /** What a list model's contents become: by its name, as sites name their own models. */
    private static ItemKind kind(Map<String, String> model) {
        String name = text(model, "name");
        if (name.contains("产品") || name.contains("商品") || text(model, "mcode").equals("3")) {
            return ItemKind.PRODUCT;
        }
        if (name.contains("案例") || text(model, "mcode").equals("4")) {
            return ItemKind.CASE_STUDY;
        }
        return ItemKind.ARTICLE;
    }

    /** A body as stored: unescaped when staff typed it (all of it escaped), as it is when inserted raw. */
    private static String body(String stored) {
        return stored.contains("&lt;") && !stored.contains("<") ? unescape(stored) : stored;
    }

    /** What PHP's {@code htmlspecialchars} did undone: nothing else is. */
    static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#039;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static List<Map<String, String>> inArea(List<Map<String, String>> rows, String area) {
        return rows.stream()
                .filter(row -> !row.containsKey("acode") || text(row, "acode").equals(area))
                .toList();
    }

    private static Map<String, Map<String, String>> byKey(Collection<Map<String, String>> rows, String column) {
        return rows.stream()
                .collect(Collectors.toMap(
                        row -> text(row, column), Function.identity(), (first, later) -> first, LinkedHashMap::new));
    }

    /** The first row; an empty one if there is none. */
    private static Map<String, String> first(List<Map<String, String>> rows) {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static String orNull(Map<String, String> row, String column) {
        String value = unescape(text(row, column));
        return value.isEmpty() ? null : value;
    }

    static long number(Map<String, String> row, String column) {
        try {
            return Long.parseLong(text(row, column));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
