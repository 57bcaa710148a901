package dev.vitrine.moving.service;

import dev.vitrine.content.entity.ItemKind;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Another site system's content as read from its export, before anything is written: what an import brings,
 * in the terms of this site's content model. Each thing keeps its key in the old system, so that an import
 * run again finds what it brought before and updates it.
 *
 * @param system the old system and its version, as the report names it ("WordPress (WXR 1.2)")
 * @param origin the old site's address ({@code https://old.example.com}), which keys are kept under
 * @param leftOut what the export holds that is not brought, and why (one line each)
 */
public record SourceSite(
        String system, String origin, List<Category> categories, List<Item> items, List<String> leftOut) {

    public SourceSite {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A category; a parent comes before its children.
     *
     * @param parentKey the parent's key, or null at the top
     * @param slug the old address's name, or null to make one from the name
     * @param oldAddresses the old site's addresses of its list (path and query, as requested)
     */
    public record Category(
            String key, String parentKey, ItemKind kind, String name, String slug, List<String> oldAddresses) {

        public Category {
            oldAddresses = List.copyOf(oldAddresses);
        }
    }

    /**
     * A product, an article or a single page.
     *
     * @param categoryKey its category's key; null for a kind without categories
     * @param body rich text as the old site stored it: sanitized on the way in
     * @param cover where its main picture was on the old site (an address), or null
     * @param publishedAt when it was published (may be ahead: then it appears then); null for a draft
     * @param views its view count as the old site stored it
     * @param oldAddresses the old site's addresses of its page (path and query, as requested)
     */
    public record Item(
            String key,
            ItemKind kind,
            String categoryKey,
            String title,
            String slug,
            String summary,
            String body,
            String cover,
            LocalDateTime publishedAt,
            long views,
            String seoTitle,
            String seoDescription,
            List<String> oldAddresses) {

        public Item {
            oldAddresses = List.copyOf(oldAddresses);
        }
    }
}
