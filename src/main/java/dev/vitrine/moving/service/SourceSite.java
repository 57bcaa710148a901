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
 * @param company the company's name and contact details, where the old system keeps them; else null
 * @param banners the home page's slides
 * @param links the friendly links
 * @param messages what visitors left in the guestbook
 */
public record SourceSite(
        String system,
        String origin,
        List<Category> categories,
        List<Item> items,
        List<String> leftOut,
        Company company,
        List<Banner> banners,
        List<Link> links,
        List<Message> messages) {

    public SourceSite {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        leftOut = List.copyOf(leftOut);
        banners = List.copyOf(banners);
        links = List.copyOf(links);
        messages = List.copyOf(messages);
    }

    /**
     * A visitor's message in the old site's guestbook.
     *
     * @param answer what the site answered there, or null
     * @param clientAddress the address it was sent from, or null
     */
    public record Message(
            String key,
            String name,
            String phone,
            String email,
            String text,
            LocalDateTime sentAt,
            String answer,
            String clientAddress) {}

    /** A slide of the home page: its picture's address on the old site, its title and where it leads (or null). */
    public record Banner(String picture, String title, String link) {}

    /** A friendly link: a name, the address, and a logo's address on the old site (or null). */
    public record Link(String name, String address, String logo) {}

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
     * @param pictures a product's further pictures, after its cover (addresses on the old site)
     * @param specs a product's specification, line by line
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
            List<String> oldAddresses,
            List<String> pictures,
            List<Spec> specs) {

        public Item {
            oldAddresses = List.copyOf(oldAddresses);
            pictures = List.copyOf(pictures);
            specs = List.copyOf(specs);
        }
    }

    /** A line of a product's specification ("颜色: 红色, 黄色"). */
    public record Spec(String name, String value) {}

    /**
     * The company's details as the old site showed them; a field it didn't have is null.
     *
     * @param logo the logo's address on the old site
     * @param wechatQr the address of the picture of its WeChat QR code
     */
    public record Company(
            String name,
            String address,
            String phone,
            String mobile,
            String fax,
            String email,
            String qq,
            String icpNumber,
            String logo,
            String wechatQr) {}
}
