package dev.vitrine.views.entity;

import dev.vitrine.content.entity.ItemKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** Which product or article a count belongs to; the key of {@link ViewCount}. Immutable. */
@Embeddable
public class ViewedItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    protected ViewedItem() {
        // for JPA
    }

    public ViewedItem(ItemKind kind, long itemId) {
        if (!kind.isCounted()) {
            throw new IllegalArgumentException("The views of " + kind + " are not counted");
        }
        this.kind = kind;
        this.itemId = itemId;
    }

    public static ViewedItem product(long id) {
        return new ViewedItem(ItemKind.PRODUCT, id);
    }

    public static ViewedItem article(long id) {
        return new ViewedItem(ItemKind.ARTICLE, id);
    }

    public ItemKind getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ViewedItem item && kind == item.kind && itemId == item.itemId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, itemId);
    }

    @Override
    public String toString() {
        return kind + "#" + itemId;
    }
}
