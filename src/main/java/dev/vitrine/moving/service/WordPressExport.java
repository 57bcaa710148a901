package dev.vitrine.moving.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.BusinessException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export file (WXR, "Tools > Export", versions 1.0 to 1.2): posts become articles, pages single
 * pages, WooCommerce products products; post categories and product categories keep their tree; a post's
 * featured image is its cover; its excerpt, its SEO plugin's title and description (Yoast, Rank Math, All in
 * One SEO) and its view count (the {@code views} or {@code post_views_count} field of the common counters)
 * come along. Every address WordPress answered for an item is kept: its permalink, {@code ?p=<id>}, and the
 * other common permalink structures of its date, name and id.
 *
 * <p>Read as a stream, so a file of tens of thousands of posts needs no more memory than what it brings; no
 * DTD or external entity is ever read (a WXR file has none).
 */
public final class WordPressExport {

    private static final String WP = "http://wordpress.org/export/";
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");
    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern BLOCK_TAG =
            Pattern.compile("<(p|div|h[1-6]|ul|ol|table|blockquote|figure|pre)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final String DEFAULT_CATEGORY = "category (none)";
    private static final String DEFAULT_PRODUCT_CATEGORY = "product_cat (none)";

    /** The fields of one {@code <item>} or {@code <wp:category>}/{@code <wp:term>}, by local name. */
    private record Element(Map<String, String> fields, List<String[]> categories, Map<String, String> meta) {

        Element() {
            this(new HashMap<>(), new ArrayList<>(), new HashMap<>());
        }

        String get(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private WordPressExport() {}

    /**
     * The site an export holds.
     *
     * @throws BusinessException {@code moving.notWordPress} for another file, {@code moving.unknownVersion} for a
     *     WXR version this doesn't know, {@code moving.damaged} for a file that breaks off or isn't well-formed
     */
    public static SourceSite read(InputStream in) {
        List<Element> items = new ArrayList<>();
        List<Element> terms = new ArrayList<>();
        Map<String, String> channel = new HashMap<>();
        try {
            // The JDK's own parser, not the server's (Payara Server's Woodstox refuses the last property): the same
            // reading, and the same refusals, on every server.
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean wordPress = false;
            Element current = null;
            String metaKey = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    if (xml.getEventType() == XMLStreamConstants.END_ELEMENT && current != null) {
                        String name = xml.getLocalName();
                        if (name.equals("item") || name.equals("category") && isWordPress(xml) || name.equals("term")) {
                            current = null;
                        }
                    }
                    continue;
                }
                String name = xml.getLocalName();
                boolean wp = isWordPress(xml);
                wordPress |= wp;
                if (current == null) {
                    if (name.equals("item")) {
                        current = new Element();
                        items.add(current);
                    } else if (wp && (name.equals("category") || name.equals("term"))) {
                        current = new Element();
                        current.fields.put("taxonomy", name.equals("category") ? "category" : null);
                        terms.add(current);
                    } else if (name.equals("wxr_version")
                            || name.equals("base_site_url")
                            || name.equals("base_blog_url")
                            || name.equals("link") && !wp) {
                        channel.putIfAbsent(name, xml.getElementText().strip());
                    }
                } else if (name.equals("comment") && wp) {
                    skip(xml); // comments are not brought; their fields and meta are not the post's
                } else if (name.equals("category") && !wp) {
                    current.categories.add(new String[] {
                        xml.getAttributeValue(null, "domain"),
                        xml.getAttributeValue(null, "nicename"),
                        xml.getElementText()
                    });
                } else if (name.equals("meta_key")) {
                    metaKey = xml.getElementText().strip();
                } else if (name.equals("meta_value") && metaKey != null) {
                    current.meta.put(metaKey, xml.getElementText().strip());
                } else if (!name.equals("postmeta")) {
                    String prefixed = xml.getNamespaceURI() != null
                                    && xml.getNamespaceURI().contains("excerpt")
                            ? "excerpt"
                            : name;
                    try {
                        current.fields.putIfAbsent(prefixed, xml.getElementText());
                    } catch (XMLStreamException nested) {
                        // an element with elements inside: not a field
                    }
                }
            }
            if (!wordPress) {
                throw new BusinessException("moving.notWordPress");
            }
        } catch (XMLStreamException e) {
            throw new BusinessException("moving.damaged", e.getMessage());
        }
        String version = channel.getOrDefault("wxr_version", "");
        if (!VERSIONS.contains(version)) {
            throw new BusinessException("moving.unknownVersion", "WXR " + version);
        }
        URI base = base(channel);
        return site(version, base, terms, items);
    }

    /** Moves past the end of the element just started, whatever it holds. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isWordPress(XMLStreamReader xml) {
        return xml.getNamespaceURI() != null && xml.getNamespaceURI().startsWith(WP);
    }

    /** Where the old site's posts were ({@code https://old.example.com/blog}); its addresses are in it. */
    private static URI base(Map<String, String> channel) {
        String base = channel.getOrDefault("base_blog_url", channel.getOrDefault("base_site_url", channel.get("link")));
        try {
            URI uri = URI.create(base == null ? "" : base.strip().replaceFirst("/+$", ""));
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw new BusinessException("moving.damaged", "no base_site_url");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BusinessException("moving.damaged", "base_site_url " + base);
        }
    }

    private static SourceSite site(String version, URI base, List<Element> terms, List<Element> items) {
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        String folder = base.getRawPath() == null ? "" : base.getRawPath();
        List<String> leftOut = new ArrayList<>();
        List<SourceSite.Category> categories = categories(terms, folder);
        Map<String, String> attachments = new HashMap<>();
        for (Element item : items) {
            if ("attachment".equals(item.get("post_type")) && item.get("attachment_url") != null) {
                attachments.put(item.get("post_id"), item.get("attachment_url"));
            }
        }
        Map<String, Integer> otherTypes = new TreeMap<>();
        List<SourceSite.Item> brought = new ArrayList<>();
        boolean needsDefault = false;
        boolean needsProductDefault = false;
        for (Element item : items) {
            String type = String.valueOf(item.get("post_type"));
            ItemKind kind = switch (type) {
                case "post" -> ItemKind.ARTICLE;
                case "page" -> ItemKind.PAGE;
                case "product" -> ItemKind.PRODUCT;
                default -> null;
            };
            if (type.equals("attachment")) {
                continue;
            }
            if (kind == null || "trash".equals(item.get("status")) || "auto-draft".equals(item.get("status"))) {
                otherTypes.merge(kind == null ? type : type + " (" + item.get("status") + ")", 1, Integer::sum);
                continue;
            }
            String category = switch (kind) {
                case ARTICLE -> firstCategory(item, "category", DEFAULT_CATEGORY);
                case PRODUCT -> firstCategory(item, "product_cat", DEFAULT_PRODUCT_CATEGORY);
                default -> null;
            };
            needsDefault |= DEFAULT_CATEGORY.equals(category);
            needsProductDefault |= DEFAULT_PRODUCT_CATEGORY.equals(category);
            brought.add(item(item, kind, category, attachments, origin, folder));
        }
        if (needsDefault) {
            categories.add(new SourceSite.Category(DEFAULT_CATEGORY, null, ItemKind.ARTICLE, "未分类", null, List.of()));
        }
        if (needsProductDefault) {
            categories.add(
                    new SourceSite.Category(DEFAULT_PRODUCT_CATEGORY, null, ItemKind.PRODUCT, "未分类", null, List.of()));
        }
        otherTypes.forEach((type, count) -> leftOut.add(count + " × " + type));
        return new SourceSite(
                "WordPress (WXR " + version + ")",
                origin,
                categories,
                brought,
                leftOut,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /** Post categories and product categories, parents first, with their addresses. */
    private static List<SourceSite.Category> categories(List<Element> terms, String folder) {
        Map<String, Element> bySlug = new LinkedHashMap<>();
        for (Element term : terms) {
            String taxonomy = term.get("taxonomy") != null ? term.get("taxonomy") : term.get("term_taxonomy");
            if ("category".equals(taxonomy) || "product_cat".equals(taxonomy)) {
                String slug =
                        term.get("category_nicename") != null ? term.get("category_nicename") : term.get("term_slug");
                term.fields.put("taxonomy", taxonomy);
                bySlug.put(taxonomy + " " + slug, term);
            }
        }
        List<SourceSite.Category> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String key : bySlug.keySet()) {
            place(key, bySlug, placed, ordered, new LinkedHashSet<>(), folder);
        }
        return ordered;
    }

    private static void place(
            String key,
            Map<String, Element> bySlug,
            Set<String> placed,
            List<SourceSite.Category> ordered,
            Set<String> climbing,
            String folder) {
        if (placed.contains(key) || !climbing.add(key)) {
            return;
        }
        Element term = bySlug.get(key);
        String taxonomy = term.get("taxonomy");
        String parentSlug = term.get("category_parent") != null ? term.get("category_parent") : term.get("term_parent");
        String parentKey = parentSlug == null ? null : taxonomy + " " + parentSlug;
        if (parentKey != null && !bySlug.containsKey(parentKey)) {
            parentKey = null;
        }
        if (parentKey != null) {
            place(parentKey, bySlug, placed, ordered, climbing, folder);
            if (!placed.contains(parentKey)) {
                parentKey = null; // a loop of parents: this one goes to the top
            }
        }
        String slug = key.substring(taxonomy.length() + 1);
        String name = term.get("cat_name") != null ? term.get("cat_name") : term.get("term_name");
        boolean product = taxonomy.equals("product_cat");
        List<String> addresses = new ArrayList<>();
        addresses.add(folder + (product ? "/product-category/" : "/category/") + path(parentKey, bySlug, slug));
        if (term.get("term_id") != null && !product) {
            addresses.add(folder + "/?cat=" + term.get("term_id"));
        }
        ordered.add(new SourceSite.Category(
                key,
                parentKey,
                product ? ItemKind.PRODUCT : ItemKind.ARTICLE,
                name == null ? slug : name,
                slug,
                addresses));
        placed.add(key);
    }

    /** A category's path of slugs, as WordPress's category addresses nest them. */
    private static String path(String parentKey, Map<String, Element> bySlug, String slug) {
        List<String> names = new ArrayList<>(List.of(slug));
        Set<String> seen = new LinkedHashSet<>();
        String key = parentKey;
        while (key != null && seen.add(key)) {
            names.add(0, key.substring(key.indexOf(' ') + 1));
            Element parent = bySlug.get(key);
            String next =
                    parent.get("category_parent") != null ? parent.get("category_parent") : parent.get("term_parent");
            key = next == null || !bySlug.containsKey(parent.get("taxonomy") + " " + next)
                    ? null
                    : parent.get("taxonomy") + " " + next;
        }
        return String.join("/", names) + "/";
    }

    private static String firstCategory(Element item, String domain, String fallback) {
        return item.categories.stream()
                .filter(category -> domain.equals(category[0]) && category[1] != null)
                .map(category -> domain + " " + category[1])
                .findFirst()
                .orElse(fallback);
    }

    private static SourceSite.Item item(
            Element item,
            ItemKind kind,
            String category,
            Map<String, String> attachments,
            String origin,
            String folder) {
        String id = item.get("post_id");
        String name = item.get("post_name");
        String status = String.valueOf(item.get("status"));
        LocalDateTime date = time(item.get("post_date"));
        LocalDateTime published = status.equals("publish") || status.equals("future") ? date : null;
        Set<String> addresses = new LinkedHashSet<>();
        addAddress(addresses, item.get("link"), origin);
        addAddress(addresses, item.get("guid"), origin);
        addresses.add(folder + (kind == ItemKind.PAGE ? "/?page_id=" : "/?p=") + id);
        if (kind == ItemKind.PRODUCT) {
            addresses.add(folder + "/?post_type=product&p=" + id);
            if (name != null) {
                addresses.add(folder + "/product/" + name + "/");
            }
        }
        if (kind == ItemKind.ARTICLE && date != null && name != null) {
            String y = String.format("%04d", date.getYear());
            String m = String.format("%02d", date.getMonthValue());
            String d = String.format("%02d", date.getDayOfMonth());
            addresses.add(folder + "/" + y + "/" + m + "/" + d + "/" + name + "/");
            addresses.add(folder + "/" + y + "/" + m + "/" + name + "/");
            addresses.add(folder + "/archives/" + id);
            addresses.add(folder + "/" + name + "/");
        }
        if (kind == ItemKind.PAGE && name != null) {
            addresses.add(folder + "/" + name + "/");
        }
        String cover = attachments.get(item.meta.get("_thumbnail_id"));
        return new SourceSite.Item(
                "post " + id,
                kind,
                category,
                item.get("title") == null ? "(" + id + ")" : item.get("title"),
                name,
                item.get("excerpt"),
                paragraphs(item.fields.get("encoded")),
                cover,
                published,
                views(item.meta),
                seo(item.meta, "_yoast_wpseo_title", "rank_math_title", "_aioseo_title", "_aioseop_title"),
                seo(
                        item.meta,
                        "_yoast_wpseo_metadesc",
                        "rank_math_description",
                        "_aioseo_description",
                        "_aioseop_description"),
                List.copyOf(addresses),
                List.of(),
                List.of());
    }

    /** An address on the old site, as path and query; others (another site, a bare guid) are not addresses. */
    private static void addAddress(Set<String> addresses, String address, String origin) {
        if (address != null && !origin.isEmpty() && address.startsWith(origin)) {
            String rest = address.substring(origin.length());
            addresses.add(rest.isEmpty() ? "/" : rest);
        }
    }

    private static LocalDateTime time(String text) {
        if (text == null || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, WP_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long views(Map<String, String> meta) {
        long views = 0;
        for (String key : List.of("views", "post_views_count", "_post_views_count", "wpb_post_views_count")) {
            try {
                views = Math.max(
                        views, Long.parseLong(meta.getOrDefault(key, "0").strip()));
            } catch (NumberFormatException e) {
                // not a count
            }
        }
        return views;
    }

    /** The first SEO field set to a text of its own (not a template like {@code %%title%%}). */
    private static String seo(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank() && !value.contains("%%") && !value.contains("#")) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * WordPress keeps a classic post's paragraphs as blank lines and adds the tags when it shows it: they are
     * added here. Text that has block tags of its own (the block editor's) is kept as it is.
     */
    static String paragraphs(String body) {
        if (body == null || body.isBlank() || BLOCK_TAG.matcher(body).find()) {
            return body;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.strip().split("\\r?\\n\\s*\\r?\\n")) {
            html.append("<p>")
                    .append(paragraph.strip().replaceAll("\\r?\\n", "<br>"))
                    .append("</p>\n");
        }
        return html.toString();
    }
}
