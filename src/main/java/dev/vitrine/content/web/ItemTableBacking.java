package dev.vitrine.content.web;

import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.service.ItemFilter;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.primefaces.model.LazyDataModel;

/**
 * A back-office table of published items ({@code /admin/<kind>/list}), searchable, with the recycle bin
 * as a second view, and buttons to publish, feature, move, delete, restore and purge. A kind's table bean
 * adds its own filters.
 */
public abstract class ItemTableBacking<T extends PublishedItem> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopClock clock;

    @Inject
    private TranslationEditService translations;

    private String search;
    private boolean bin;
    private LazyDataModel<T> table;

    private Map<Long, List<Language>> translated = Map.of();
    private Map<Long, Long> views = Map.of();
    private List<T> selected = new ArrayList<>();

    protected abstract ItemEditService<T> service();

    /** The category the table is narrowed to, for kinds that have categories. */
    protected Long categoryFilter() {
        return null;
    }

    @PostConstruct
    void init() {
        table = Pages.lazy(
                (page, size) -> {
                    PageResult<T> result = service().list(new ItemFilter(bin, categoryFilter(), search), page, size);
                    List<Long> ids =
                            result.getItems().stream().map(PublishedItem::getId).toList();
                    translated = translations.languages(service().kind(), ids);
                    views = service().views(ids);
                    return result;
                },
                PublishedItem::getId);
    }

    /** Whether the item has a version in a language (the table shows which lack one). */
    public boolean isTranslated(T item, Language language) {
        return translated.getOrDefault(item.getId(), List.of()).contains(language);
    }

    /** Whether the kind's views are counted (the table then has a column of them). */
    public boolean isCounted() {
        return service().isCounted();
    }

    /** The item's stored view count. */
    public long views(T item) {
        return views.getOrDefault(item.getId(), 0L);
    }

    /** The kind's name in the translation page's address. */
    public String getKind() {
        return service().kind().name().toLowerCase(Locale.ROOT);
    }

    /** The item's state for the table: draft, scheduled or published. */
    public String state(T item) {
        return item.stateAt(clock.now());
    }

    public void moveToBin(T item) {
        service().moveToBin(item.getId());
        Messages.info("admin.movedToBin", item.getTitle());
    }

    public void restore(T item) {
        service().restore(item.getId());
        Messages.info("admin.restored", item.getTitle());
    }

    public void deleteForever(T item) {
        service().deleteForever(item.getId());
        Messages.info("admin.deletedForever", item.getTitle());
    }

    public void move(T item, boolean up) {
        if (!service().move(item.getId(), up)) {
            Messages.error(null, up ? "admin.alreadyFirst" : "admin.alreadyLast", item.getTitle());
        }
    }

    /** Publishes a draft now, or takes a published or scheduled item back to a draft. */
    public void togglePublished(T item) {
        boolean publish = !item.isVisibleAt(clock.now()) && !item.isScheduledAt(clock.now());
        T saved = service().setPublished(item.getId(), publish);
        Messages.info(publish ? "admin.publishedNow" : "admin.unpublished", saved.getTitle());
    }

    public void toggleFeatured(T item) {
        T saved = service().setFeatured(item.getId(), !item.isFeatured());
        Messages.info("admin.saved", saved.getTitle());
    }

    /** Publishes the selected items now (a published one keeps its time). */
    public void publishSelected() {
        onSelected("admin.bulk.published", ids -> service().setPublished(ids, true));
    }

    public void unpublishSelected() {
        onSelected("admin.bulk.unpublished", ids -> service().setPublished(ids, false));
    }

    public void binSelected() {
        onSelected("admin.bulk.binned", ids -> service().moveToBin(ids));
    }

    public void restoreSelected() {
        onSelected("admin.bulk.restored", ids -> service().restore(ids));
    }

    public void deleteSelectedForever() {
        onSelected("admin.bulk.deletedForever", ids -> service().deleteForever(ids));
    }

    /** Does one thing to every selected item, in one transaction, and says how many. */
    protected void onSelected(String doneKey, Consumer<List<Long>> action) {
        if (selected.isEmpty()) {
            Messages.error(null, "admin.bulk.noneSelected");
            return;
        }
        action.accept(selected.stream().map(PublishedItem::getId).toList());
        Messages.info(doneKey, selected.size());
        selected = new ArrayList<>();
    }

    public List<T> getSelected() {
        return selected;
    }

    public void setSelected(List<T> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /** Moving makes sense only in the kind's own order: outside the bin, without a search. */
    public boolean isMovable() {
        return !bin && (search == null || search.isBlank());
    }

    public LazyDataModel<T> getTable() {
        return table;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isBin() {
        return bin;
    }

    public void setBin(boolean bin) {
        if (bin != this.bin) {
            selected = new ArrayList<>();
        }
        this.bin = bin;
    }
}
