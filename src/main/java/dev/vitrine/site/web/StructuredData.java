package dev.vitrine.site.web;

import dev.vitrine.site.entity.SiteSettings;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * schema.org descriptions of a page for search engines (JSON-LD), written with JSON-P. The text is made safe
 * to stand inside a {@code <script>} element: {@code <}, {@code >} and {@code &} only ever occur inside
 * strings, where they are written as escapes.
 */
final class StructuredData {

    private StructuredData() {}

    /** One step of a breadcrumb trail: its name and absolute address. */
    record Crumb(String name, String url) {}

    static String organization(SiteSettings settings, String url, String logoUrl) {
        JsonObjectBuilder organization =
                thing("Organization").add("name", settings.getCompanyName()).add("url", url);
        addIfPresent(organization, "logo", logoUrl);
        addIfPresent(organization, "email", settings.getEmail());
        addIfPresent(organization, "telephone", settings.getPhone());
        addIfPresent(organization, "faxNumber", settings.getFax());
        if (present(settings.getAddress())) {
            organization.add(
                    "address",
                    Json.createObjectBuilder()
                            .add("@type", "PostalAddress")
                            .add("streetAddress", settings.getAddress()));
        }
        return script(organization.build());
    }

    static String breadcrumbs(List<Crumb> trail) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < trail.size(); i++) {
            items.add(Json.createObjectBuilder()
                    .add("@type", "ListItem")
                    .add("position", i + 1)
                    .add("name", trail.get(i).name())
                    .add("item", trail.get(i).url()));
        }
        return script(thing("BreadcrumbList").add("itemListElement", items).build());
    }

    static String product(String name, String description, List<String> images, String url, String brand) {
        JsonObjectBuilder product = thing("Product").add("name", name).add("url", url);
        addIfPresent(product, "description", description);
        if (!images.isEmpty()) {
            product.add("image", Json.createArrayBuilder(images));
        }
        product.add("brand", Json.createObjectBuilder().add("@type", "Brand").add("name", brand));
        return script(product.build());
    }

    /** An {@code Article} or one of its kinds ({@code NewsArticle}). */
    static String article(
            String type,
            String headline,
            String description,
            String image,
            String url,
            OffsetDateTime published,
            OffsetDateTime modified,
            String publisher,
            String publisherLogo) {
        JsonObjectBuilder publisherBuilder =
                Json.createObjectBuilder().add("@type", "Organization").add("name", publisher);
        addIfPresent(publisherBuilder, "logo", publisherLogo);
        JsonObject organization = publisherBuilder.build();
        JsonObjectBuilder article = thing(type)
                .add("headline", headline.length() > 110 ? headline.substring(0, 110) : headline)
                .add("mainEntityOfPage", url)
                .add("datePublished", published.toString())
                .add("dateModified", modified.toString())
                .add("author", organization)
                .add("publisher", organization);
        addIfPresent(article, "description", description);
        if (image != null) {
            article.add("image", Json.createArrayBuilder().add(image));
        }
        return script(article.build());
    }

    private static JsonObjectBuilder thing(String type) {
        return Json.createObjectBuilder().add("@context", "https://schema.org").add("@type", type);
    }

    private static void addIfPresent(JsonObjectBuilder object, String name, String value) {
        if (present(value)) {
            object.add(name, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The JSON, safe inside a script element. */
    static String script(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
