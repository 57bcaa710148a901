package dev.vitrine.views.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * How often a product or article page was viewed. Kept apart from the item so that counting never
 * changes the item's version, and only ever changed by bulk updates ({@code views = views + n}), which
 * the database applies atomically: no read-modify-write, no lost update. Never cached, for the same reason.
 */
@Entity
@Table(name = "view_count")
@Cacheable(false)
@NamedQuery(
        name = ViewCount.ADD,
        query =
                "UPDATE ViewCount v SET v.views = v.views + :views WHERE v.item.kind = :kind AND v.item.itemId = :itemId")
@NamedQuery(
        name = ViewCount.GET_VIEWS,
        query = "SELECT v.views FROM ViewCount v WHERE v.item.kind = :kind AND v.item.itemId = :itemId")
public class ViewCount {

    public static final String ADD = "ViewCount.add";
    public static final String GET_VIEWS = "ViewCount.getViews";

    @EmbeddedId
    private ViewedItem item;

    @Column(nullable = false)
    private long views;

    protected ViewCount() {
        // for JPA
    }

    public ViewCount(ViewedItem item, long views) {
        this.item = item;
        this.views = views;
    }

    public ViewedItem getItem() {
        return item;
    }

    public long getViews() {
        return views;
    }
}
