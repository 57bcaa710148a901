package dev.vitrine.content.service;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryTree;
import dev.vitrine.content.entity.ItemAddress;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemStatus;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public sees of every kind of item, written once: published, its publish time come, not in the
 * recycle bin (the rule of {@link PublishedItem#isVisibleAt}), as queries. A kind's public service says
 * only which of them a list shows and in which order.
 */
public final class VisibleItems {

    /** Which visible items a list shows (a category, featured ones...). */
    @FunctionalInterface
    public interface Where<T> {
        Predicate of(CriteriaBuilder cb, Root<T> item);
    }

    /** The order of a list. */
    @FunctionalInterface
    public interface OrderBy<T> {
        List<Order> of(CriteriaBuilder cb, Root<T> item);
    }

    private VisibleItems() {}

    /** The condition that an item is visible at {@code now}. */
    public static Predicate visible(CriteriaBuilder cb, Root<? extends PublishedItem> item, LocalDateTime now) {
        return cb.and(
                cb.equal(item.get("status"), ItemStatus.PUBLISHED),
                cb.lessThanOrEqualTo(item.<LocalDateTime>get("publishedAt"), now),
                cb.isNull(item.get("deletedAt")));
    }

    /** The visible item at an address, loaded with the entity graph named {@code graph} if it has one. */
    /** Items of the category or of any category below it; all of them with {@code null}. */
    public static Predicate inCategory(
            EntityManager em, CriteriaBuilder cb, Root<? extends PublishedItem> item, Category category) {
        if (category == null) {
            return cb.conjunction();
        }
        List<Category> ofKind = em.createNamedQuery(Category.LIST_BY_KIND, Category.class)
                .setParameter("kind", category.getKind())
                .getResultList();
        List<Long> ids = new CategoryTree(ofKind)
                .withDescendants(category).stream().map(Category::getId).toList();
        return item.get("category").get("id").in(ids);
    }

    public static <T extends PublishedItem> Optional<T> find(
            EntityManager em, Class<T> kind, String slug, LocalDateTime now, String graph) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(kind);
        Root<T> item = select.from(kind);
        TypedQuery<T> query =
                em.createQuery(select.select(item).where(cb.equal(item.get("slug"), slug), visible(cb, item, now)));
        if (graph != null) {
            query.setHint("jakarta.persistence.loadgraph", em.getEntityGraph(graph));
        }
        return query.getResultStream().findFirst();
    }

    /** One page of the visible items that {@code where} selects, as cards, in {@code order}. */
    public static <T extends PublishedItem> PageResult<ItemCard> page(
            EntityManager em,
            Class<T> kind,
            InLanguage in,
            LocalDateTime now,
            Where<T> where,
            OrderBy<T> order,
            int page,
            int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(kind);
        count.select(cb.count(counted))
                .where(visible(cb, counted, now), shownIn(cb, count, counted, in), where.of(cb, counted));
        long total = em.createQuery(count).getSingleResult();
        return new PageResult<>(
                cards(em, kind, in, now, where, order, Paging.firstResult(page, size), size), page, size, total);
    }

    /** The first {@code max} visible items that {@code where} selects, as cards, in {@code order}. */
    public static <T extends PublishedItem> List<ItemCard> first(
            EntityManager em,
            Class<T> kind,
            InLanguage in,
            LocalDateTime now,
            Where<T> where,
            OrderBy<T> order,
            int max) {
        return cards(em, kind, in, now, where, order, 0, max);
    }

    /**
     * The visible item at an address in a language: in Chinese the item itself; in another the item whose
     * version in it has that address, with its texts in place, else (when the site shows untranslated items)
     * the item at its Chinese address if it has no version in that language.
     *
     * @param find the visible item at a Chinese address, with all its page shows loaded
     */
    public static <T extends PublishedItem> Optional<Localized<T>> localized(
            EntityManager em, ItemKind kind, InLanguage in, String slug, Function<String, Optional<T>> find) {
        if (in.isOriginal()) {
            return find.apply(slug).map(item -> new Localized<>(item, in.language(), slugs(em, kind, item)));
        }
        Optional<ItemTranslation> translation = em.createNamedQuery(ItemTranslation.BY_SLUG, ItemTranslation.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .setParameter("language", in.language().code())
                .getResultStream()
                .findFirst();
        if (translation.isPresent()) {
            ItemTranslation translated = translation.get();
            return originalSlug(em, kind, translated.getItemId()).flatMap(find).map(item -> {
                Map<Language, String> slugs = slugs(em, kind, item);
                if (em.isJoinedToTransaction()) {
                    em.detach(item); // never saved with the translation's texts (without one it is detached already)
                }
                return new Localized<>(translated.applyTo(item), in.language(), slugs);
            });
        }
        if (!in.withUntranslated()) {
            return Optional.empty();
        }
        return find.apply(slug)
                .map(item -> new Localized<>(item, in.language(), slugs(em, kind, item)))
                .filter(Localized::isUntranslated);
    }

    /** An item's address in Chinese and in each language it has a version in. */
    private static Map<Language, String> slugs(EntityManager em, ItemKind kind, PublishedItem item) {
        Map<Language, String> slugs = new EnumMap<>(Language.class);
        slugs.put(Language.CHINESE, item.getSlug());
        em.createNamedQuery(ItemTranslation.ALL_OF_ITEM, ItemTranslation.class)
                .setParameter("kind", kind)
                .setParameter("id", item.getId())
                .getResultStream()
                .forEach(translation -> Language.ofCode(translation.getLanguage())
                        .ifPresent(language -> slugs.put(language, translation.getSlug())));
        return slugs;
    }

    /** An item's translation to a language, if it has one. */
    public static Optional<ItemTranslation> translation(EntityManager em, ItemKind kind, long id, Language language) {
        return em.createNamedQuery(ItemTranslation.OF_ITEM, ItemTranslation.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setParameter("language", language.code())
                .getResultStream()
                .findFirst();
    }

    /** The translations to a language of the items with these ids that have one, by item id. */
    public static Map<Long, ItemTranslation> translations(
            EntityManager em, ItemKind kind, Collection<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ItemTranslation.OF_ITEMS, ItemTranslation.class)
                .setParameter("kind", kind)
                .setParameter("ids", ids)
                .setParameter("language", language.code())
                .getResultStream()
                .collect(Collectors.toMap(ItemTranslation::getItemId, translation -> translation));
    }

    private static Optional<String> originalSlug(EntityManager em, ItemKind kind, long id) {
        return em.createQuery("SELECT i.slug FROM " + kind.entity() + " i WHERE i.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** In a translated language without untranslated items: only items translated to it. */
    private static <T extends PublishedItem> Predicate shownIn(
            CriteriaBuilder cb, CommonAbstractCriteria query, Root<T> item, InLanguage in) {
        if (in.isOriginal() || in.withUntranslated()) {
            return cb.conjunction();
        }
        Subquery<Long> translated = query.subquery(Long.class);
        Root<ItemTranslation> translation = translated.from(ItemTranslation.class);
        translated
                .select(translation.get("itemId"))
                .where(
                        cb.equal(translation.get("kind"), ItemKind.of(item.getJavaType())),
                        cb.equal(translation.get("language"), in.language().code()));
        return cb.in(item.get("id")).value(translated);
    }

    /** The entity class of a kind, as the persistence unit knows it (the content model may not name it). */
    @SuppressWarnings("unchecked")
    public static Class<? extends PublishedItem> entityOf(EntityManager em, ItemKind kind) {
        return (Class<? extends PublishedItem>) em.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getName().equals(kind.entity()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No entity " + kind.entity()))
                .getJavaType();
    }

    /** Every visible item of a kind, whole (bodies too), for the search index. */
    public static <T extends PublishedItem> List<T> all(EntityManager em, Class<T> kind, LocalDateTime now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(kind);
        Root<T> item = select.from(kind);
        return em.createQuery(select.select(item).where(visible(cb, item, now))).getResultList();
    }

    /** The address and last change (UTC) of every visible item of a kind, for the sitemap. */
    public static <T extends PublishedItem> List<ItemAddress> addresses(
            EntityManager em, Class<T> kind, LocalDateTime now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ItemAddress> select = cb.createQuery(ItemAddress.class);
        Root<T> item = select.from(kind);
        select.select(cb.construct(ItemAddress.class, item.get("id"), item.get("slug"), item.get("updated")))
                .where(visible(cb, item, now))
                .orderBy(cb.asc(item.get("id")));
        return em.createQuery(select).getResultList();
    }

    private static <T extends PublishedItem> List<ItemCard> cards(
            EntityManager em,
            Class<T> kind,
            InLanguage in,
            LocalDateTime now,
            Where<T> where,
            OrderBy<T> order,
            int first,
            int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ItemCard> select = cb.createQuery(ItemCard.class);
        Root<T> item = select.from(kind);
        select.select(cb.construct(
                        ItemCard.class,
                        item.get("id"),
                        item.get("slug"),
                        item.get("title"),
                        item.get("summary"),
                        item.get("coverPath"),
                        item.get("publishedAt")))
                .where(visible(cb, item, now), shownIn(cb, select, item, in), where.of(cb, item))
                .orderBy(order.of(cb, item));
        List<ItemCard> cards =
                em.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
        if (in.isOriginal()) {
            return cards;
        }
        Map<Long, ItemTranslation> translations = translations(
                em, ItemKind.of(kind), cards.stream().map(ItemCard::getId).toList(), in.language());
        return cards.stream()
                .map(card -> translations.containsKey(card.getId())
                        ? translations.get(card.getId()).applyTo(card)
                        : card)
                .toList();
    }
}
