package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.entity.Specified;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.text.PlainText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** The item in each of its languages as the index holds it; none if the public doesn't see it now. */
    public List<SearchSource> visible(ItemKind kind, long id) {
        PublishedItem item = em.find(VisibleItems.entityOf(em, kind), id);
        if (item == null || !item.isVisibleAt(clock.now())) {
            return List.of();
        }
        return sources(
                kind,
                item,
                em.createNamedQuery(ItemTranslation.ALL_OF_ITEM, ItemTranslation.class)
                        .setParameter("kind", kind)
                        .setParameter("id", id)
                        .getResultList());
    }

    /** Every item the public sees now, in each of its languages. */
    public List<SearchSource> allVisible() {
        LocalDateTime now = clock.now();
        List<SearchSource> sources = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            Map<Long, List<ItemTranslation>> translations = new HashMap<>();
            for (Language language : Language.translated()) {
                em.createNamedQuery(ItemTranslation.OF_KIND, ItemTranslation.class)
                        .setParameter("kind", kind)
                        .setParameter("language", language.code())
                        .getResultStream()
                        .forEach(translation -> translations
                                .computeIfAbsent(translation.getItemId(), id -> new ArrayList<>())
                                .add(translation));
            }
            for (PublishedItem item : VisibleItems.all(em, VisibleItems.entityOf(em, kind), now)) {
                sources.addAll(sources(kind, item, translations.getOrDefault(item.getId(), List.of())));
            }
        }
        return sources;
    }

    /** A document for the item in Chinese, and one for each of its translations, each with its own specs. */
    private static List<SearchSource> sources(ItemKind kind, PublishedItem item, List<ItemTranslation> translations) {
        List<SpecRow> specs = item instanceof Specified specified ? specified.getSpecs() : List.of();
        List<SearchSource> sources = new ArrayList<>();
        sources.add(new SearchSource(
                kind,
                item.getId(),
                Language.CHINESE,
                kind.path(item.getSlug()),
                item.getTitle(),
                item.getSummary(),
                PlainText.of(item.getBody()) + specsOf(specs),
                item.getPublishedAt()));
        for (ItemTranslation translation : translations) {
            Language.ofCode(translation.getLanguage())
                    .ifPresent(language -> sources.add(new SearchSource(
                            kind,
                            item.getId(),
                            language,
                            language.path(kind.path(translation.getSlug())),
                            translation.getTitle(),
                            translation.getSummary(),
                            PlainText.of(translation.getBody()) + specsOf(translation.getSpecs()),
                            item.getPublishedAt())));
        }
        return sources;
    }

    /** A specification table as lines of text after the body's, or nothing. */
    static String specsOf(List<SpecRow> specs) {
        return specs.stream()
                .map(spec -> "\n" + spec.getName() + " " + spec.getValue())
                .collect(Collectors.joining());
    }
}
