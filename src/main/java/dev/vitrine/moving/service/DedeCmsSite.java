package dev.vitrine.moving.service;

import static dev.vitrine.moving.service.PbootCmsSite.number;
import static dev.vitrine.moving.service.PbootCmsSite.text;
import static dev.vitrine.moving.service.PbootCmsSite.unescape;

import dev.vitrine.content.entity.ItemKind;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DedeCMS 5.7 site from a dump of its database (a MySQL dump, or the backup DedeCMS makes of itself in
 * {@code data/backupdata}): its categories ({@code arctype}) with their tree, its documents ({@code archives} with
 * the body from their model's table: {@code addonarticle}, {@code addonimages}, {@code addonshop}) as articles, or
 * as products and cases when their top category is named so or holds an album or shop model; a cover category with
 * a text of its own, and each stand-alone page ({@code sgpage}), as a single page. Documents in the recycle bin are
 * left out; those waiting for review come as drafts. The table prefix ({@code dede_}) is whatever the site chose.
 *
 * <p>Every address DedeCMS answers for a page is kept: the static file its naming rule made
 * ({@code /a/news/2024/0312/15.html}), {@code /plus/view.php?aid=15} and its rewritten form; a category's folder,
 * its first list page and {@code /plus/list.php?tid=3}.
 */
public final class DedeCmsSite {

    private static final List<String> TABLES = List.of(
            "archives",
            "arctype",
            "addonarticle",
            "addonimages",
            "addonshop",
            "channeltype",
            "sysconfig",
            "sgpage",
            "flink",
            "feedback",
            "guestbook");

    private static final String DEFAULT_NAME_RULE = "{typedir}/{Y}/{M}{D}/{aid}.html";
    private static final String DEFAULT_LIST_RULE = "{typedir}/list_{tid}_{page}.html";
    private static final Pattern ALBUM_PICTURE = Pattern.compile("\\{dede:img\\b[^}]*}\\s*(.*?)\\s*\\{/dede:img}");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");

    private DedeCmsSite() {}

    /** The tables this reads, under any prefix. */
    public static boolean wants(String table) {
        return TABLES.stream().anyMatch(table::endsWith);
    }

    /** The prefix of a DedeCMS site's tables ({@code dede_}), if the database is one. */
    public static Optional<String> prefixOf(SourceTables tables) {
        return tables.names().stream()
                .filter(name -> name.endsWith("archives"))
                .map(name -> name.substring(0, name.length() - "archives".length()))
                .filter(prefix -> tables.has(prefix + "arctype"))
                .findFirst();
    }

    public static SourceSite read(SourceTables tables, String prefix) {
        Map<String, String> config = new HashMap<>();
        tables.rows(prefix + "sysconfig").forEach(row -> config.put(text(row, "varname"), text(row, "value")));
        String cmsPath = config.getOrDefault("cfg_cmspath", "").replaceAll("/+$", "");
        String origin = config.getOrDefault("cfg_basehost", "").replaceAll("/+$", "");
        List<String> leftOut = new ArrayList<>();

        Map<String, Map<String, String>> types = new HashMap<>();
        tables.rows(prefix + "arctype").forEach(type -> types.put(text(type, "id"), type));
        Map<String, String> addonTables = new HashMap<>();
        tables.rows(prefix + "channeltype")
                .forEach(channel -> addonTables.put(text(channel, "id"), text(channel, "addtable")));
        Map<String, Map<String, String>> addons = new HashMap<>();
        for (String addon : Set.of("addonarticle", "addonimages", "addonshop")) {
            tables.rows(prefix + addon).forEach(row -> addons.put(addon + " " + text(row, "aid"), row));
        }

        List<Map<String, String>> archives = new ArrayList<>(tables.rows(prefix + "archives"));
        archives.sort(Comparator.comparingLong(archive -> number(archive, "id")));
        Set<String> typesWithDocuments = new HashSet<>();
        archives.forEach(archive -> typesWithDocuments.add(text(archive, "typeid")));

        Tree tree = new Tree(types, cmsPath);
        List<SourceSite.Category> categories = new ArrayList<>();
        List<SourceSite.Item> items = new ArrayList<>();
        for (Map<String, String> type : tree.parentsFirst()) {
            String id = text(type, "id");
            if (text(type, "ispart").equals("2")) {
                leftOut.add(
                        unescape(text(type, "typename")) + ": a link to " + text(type, "typedir") + ", not a category");
            } else if (text(type, "ispart").equals("1")
                    && !text(type, "content").isEmpty()
                    && !typesWithDocuments.contains(id)) {
                items.add(page(
                        "type " + id, unescape(text(type, "typename")), text(type, "content"), tree.addresses(type)));
            } else {
                Map<String, String> parent = types.get(text(type, "reid"));
                categories.add(new SourceSite.Category(
                        "type " + id,
                        parent == null || tree.kind(parent) != tree.kind(type) ? null : "type " + text(parent, "id"),
                        tree.kind(type),
                        unescape(text(type, "typename")),
                        null,
                        tree.addresses(type)));
            }
        }
        Set<String> made = new HashSet<>();
        categories.forEach(category -> made.add(category.key()));

        int inBin = 0;
        for (Map<String, String> archive : archives) {
            Map<String, String> type = types.get(text(archive, "typeid"));
            long rank = number(archive, "arcrank");
            if (rank == -2) {
                inBin++;
                continue;
            }
            if (type == null || !made.contains("type " + text(type, "id"))) {
                leftOut.add(unescape(text(archive, "title")) + ": in no category that is brought");
                continue;
            }
            String addonTable =
                    addonTables.getOrDefault(text(archive, "channel"), "").replace("#@__", "");
            addonTable = addonTable.startsWith(prefix) ? addonTable.substring(prefix.length()) : addonTable;
            Map<String, String> addon = addons.getOrDefault(addonTable + " " + text(archive, "id"), Map.of());
            items.add(document(archive, type, addon, tree, rank));
        }
        if (inBin > 0) {
            leftOut.add(inBin + " documents in the recycle bin");
        }
        for (Map<String, String> page : tables.rows(prefix + "sgpage")) {
            String file = text(page, "filename").replaceAll("^/+", "");
            items.add(page(
                    "sgpage " + text(page, "aid"),
                    unescape(text(page, "title")),
                    text(page, "body"),
                    List.of(cmsPath + "/" + file)));
        }
        int comments = tables.rows(prefix + "feedback").size();
        if (comments > 0) {
            leftOut.add(comments + " comments (" + prefix + "feedback)");
        }
        List<SourceSite.Link> links = new ArrayList<>();
        int waiting = 0;
        for (Map<String, String> link : tables.rows(prefix + "flink").stream()
                .sorted(Comparator.comparingLong(link -> number(link, "sortrank")))
                .toList()) {
            if (text(link, "ischeck").equals("0")) { // applied for, never approved
                waiting++;
            } else {
                links.add(new SourceSite.Link(
                        unescape(text(link, "webname")), text(link, "url"), emptyToNull(text(link, "logo"))));
            }
        }
        if (waiting > 0) {
            leftOut.add(waiting + " friendly links waiting for approval");
        }
        String name = config.getOrDefault("cfg_webname", "");
        SourceSite.Company company = name.isEmpty()
                ? null
                : new SourceSite.Company(
                        unescape(name),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        emptyToNull(config.get("cfg_beian")),
                        null,
                        null);
        // the guestbook module's messages (an optional module: not every site has the table)
        List<SourceSite.Message> messages = tables.rows(prefix + "guestbook").stream()
                .map(message -> new SourceSite.Message(
                        "guestbook " + text(message, "id"),
                        emptyToNull(unescape(text(message, "uname"))),
                        emptyToNull(text(message, "tel")),
                        emptyToNull(text(message, "email")),
                        unescape(text(message, "msg")),
                        SourceTime.ofSeconds(number(message, "dtime")),
                        null,
                        emptyToNull(text(message, "ip"))))
                .toList();
        return new SourceSite("DedeCMS 5.7", origin, categories, items, leftOut, company, List.of(), links, messages);
    }

    private static SourceSite.Item document(
            Map<String, String> archive, Map<String, String> type, Map<String, String> addon, Tree tree, long rank) {
        String id = text(archive, "id");
        ItemKind kind = tree.kind(type);
        List<String> pictures = new ArrayList<>();
        Matcher album = ALBUM_PICTURE.matcher(text(addon, "imgurls"));
        while (album.find()) {
            pictures.add(album.group(1));
        }
        String cover = text(archive, "litpic");
        if (cover.isEmpty()) {
            cover = pictures.isEmpty() ? null : pictures.remove(0);
        }
        List<SourceSite.Spec> specs = new ArrayList<>();
        if (!text(addon, "price").isEmpty() && !text(addon, "price").matches("0+(\\.0*)?")) {
            specs.add(new SourceSite.Spec("价格", text(addon, "price")));
        }
        if (!text(addon, "brand").isEmpty()) {
            specs.add(new SourceSite.Spec("品牌", unescape(text(addon, "brand"))));
        }
        String description = unescape(text(archive, "description"));
        String slug = text(archive, "filename");
        return new SourceSite.Item(
                "archive " + id,
                kind,
                "type " + text(type, "id"),
                unescape(text(archive, "title")),
                slug.isEmpty() ? null : slug,
                description.isEmpty() ? null : description,
                text(addon, "body").replaceAll("#p#.*?#e#", ""), // the page breaks, and their titles
                cover,
                rank != 0
                        ? null
                        : SourceTime.ofSeconds(number(archive, "pubdate")), // waiting for review, or members only
                number(archive, "click"),
                null,
                description.isEmpty() ? null : description,
                tree.addresses(archive, type),
                kind == ItemKind.PRODUCT ? pictures : List.of(),
                kind == ItemKind.PRODUCT ? specs : List.of());
    }

    private static SourceSite.Item page(String key, String title, String body, List<String> addresses) {
        return new SourceSite.Item(
                key,
                ItemKind.PAGE,
                null,
                title,
                null,
                null,
                body,
                null,
                LocalDateTime.now(),
                0,
                null,
                null,
                addresses,
                List.of(),
                List.of());
    }

    /** The categories' tree: their kinds (their top category's) and their addresses. */
    private static final class Tree {

        private final Map<String, Map<String, String>> types;
        private final String cmsPath;

        Tree(Map<String, Map<String, String>> types, String cmsPath) {
            this.types = types;
            this.cmsPath = cmsPath;
        }

        List<Map<String, String>> parentsFirst() {
            return types.values().stream()
                    .sorted(Comparator.comparingInt((Map<String, String> type) -> depth(type))
                            .thenComparingLong(type -> number(type, "sortrank"))
                            .thenComparingLong(type -> number(type, "id")))
                    .toList();
        }

        private int depth(Map<String, String> type) {
            int depth = 0;
            for (Map<String, String> at = type; at != null && depth < 20; at = types.get(text(at, "reid"))) {
                depth++;
            }
            return depth;
        }

        private Map<String, String> top(Map<String, String> type) {
            Map<String, String> top = type;
            for (int depth = 0; depth < 20 && types.containsKey(text(top, "reid")); depth++) {
                top = types.get(text(top, "reid"));
            }
            return top;
        }

        /** A top category named for products or cases, or of an album or shop model, makes its tree so. */
        ItemKind kind(Map<String, String> type) {
            Map<String, String> top = top(type);
            String name = text(top, "typename");
            String channel = text(top, "channeltype");
            if (name.contains("产品") || name.contains("商品") || channel.equals("2") || channel.equals("6")) {
                return ItemKind.PRODUCT;
            }
            if (name.contains("案例")) {
                return ItemKind.CASE_STUDY;
            }
            return ItemKind.ARTICLE;
        }

        private String folder(Map<String, String> type) {
            String folder = text(type, "typedir").replace("{cmspath}", cmsPath).replaceAll("/{2,}", "/");
            return folder.startsWith("/") ? folder : "/" + folder;
        }

        List<String> addresses(Map<String, String> type) {
            String id = text(type, "id");
            String folder = folder(type);
            String listRule = text(type, "namerule2").isEmpty() ? DEFAULT_LIST_RULE : text(type, "namerule2");
            String defaultName = text(type, "defaultname").isEmpty() ? "index.html" : text(type, "defaultname");
            return List.of(
                    folder + "/",
                    folder + "/" + defaultName,
                    listRule.replace("{typedir}", folder).replace("{tid}", id).replace("{page}", "1"),
                    cmsPath + "/plus/list.php?tid=" + id);
        }

        List<String> addresses(Map<String, String> archive, Map<String, String> type) {
            String id = text(archive, "id");
            List<String> addresses = new ArrayList<>(
                    List.of(cmsPath + "/plus/view.php?aid=" + id, cmsPath + "/plus/view-" + id + "-1.html"));
            String rule = text(type, "namerule").isEmpty() ? DEFAULT_NAME_RULE : text(type, "namerule");
            LocalDateTime sent = SourceTime.ofSeconds(number(archive, "senddate"));
            String file = rule.toLowerCase()
                    .replace("{typedir}", folder(type))
                    .replace("{y}", YEAR.format(sent))
                    .replace("{m}", MONTH.format(sent))
                    .replace("{d}", DAY.format(sent))
                    .replace("{timestamp}", text(archive, "senddate"))
                    .replace("{aid}", id);
            if (!text(archive, "filename").isEmpty()) {
                file = file.substring(0, file.lastIndexOf('/') + 1) + text(archive, "filename") + ".html";
            }
            if (!file.contains("{")) { // a rule of the title's pinyin can't be made again here
                addresses.add(
                        file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
            }
            return addresses;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
