package dev.vitrine.search.service;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.entity.SpecRow;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.news.entity.Article;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the search index holds of the items the public sees (drafts, scheduled and binned ones never). Read in
 * a transaction of its own: the index asks right after another one committed, which some servers (WildFly)
 * still hold on the thread then.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchSources {

    private static final Map<ItemKind, Class<? extends PublishedItem>> ENTITIES =
            Map.of(ItemKind.PRODUCT, Product.class, ItemKind.ARTICLE, Article.class, ItemKind.PAGE, Page.class);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** The item as the index holds it, if the public sees it now. */
    public Optional<SearchSource> visible(ItemKind kind, long id) {
        PublishedItem item = em.find(ENTITIES.get(kind), id);
        return item != null && item.isVisibleAt(clock.now()) ? Optional.of(source(kind, item)) : Optional.empty();
    }

    /** Every item the public sees now. */
    public List<SearchSource> allVisible() {
        LocalDateTime now = clock.now();
        List<SearchSource> sources = new ArrayList<>();
        ENTITIES.forEach(
                (kind, entity) -> VisibleItems.all(em, entity, now).forEach(item -> sources.add(source(kind, item))));
        return sources;
    }

    private static SearchSource source(ItemKind kind, PublishedItem item) {
        StringBuilder text = new StringBuilder(PlainText.of(item.getBody()));
        if (item instanceof Product product) {
            text.append('\n').append(specsOf(product.getSpecs()));
        }
        return new SearchSource(
                kind,
                item.getId(),
                kind.path(item.getSlug()),
                item.getTitle(),
                item.getSummary(),
                text.toString(),
                item.getPublishedAt());
    }

    static String specsOf(List<SpecRow> specs) {
        return specs.stream()
                .map(spec -> spec.getName() + " " + spec.getValue())
                .collect(Collectors.joining("\n"));
    }
}
