package dev.vitrine.content.web;

import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.web.Responses;

/**
 * An item as the public will see it, whatever its state ({@code /admin/<kind>/preview?id=<id>}). Never
 * counted as a view: it does not go through the view counter at all.
 */
public abstract class ItemPreviewBacking<T extends PublishedItem> {

    private Long id;
    private T item;

    protected abstract ItemEditService<T> service();

    public void load() {
        try {
            item = service().get(id);
        } catch (NotFoundException e) {
            Responses.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public T getItem() {
        return item;
    }
}
