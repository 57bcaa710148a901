package dev.vitrine.pages.entity;

import dev.vitrine.content.entity.PublishedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;

/**
 * A single page every company site has (About us, Services, Jobs), at {@code /pages/<slug>}; the ones in
 * the main menu are listed there in the pages' order.
 */
@Entity
@Table(name = "page")
@NamedQuery(name = Page.FIND_VISIBLE_BY_SLUG, query = "SELECT p FROM Page p WHERE p.slug = :slug AND" + Page.IS_VISIBLE)
@NamedQuery(
        name = Page.LIST_MENU,
        query = "SELECT NEW dev.vitrine.content.entity.ItemCard(p.slug, p.title, p.summary,"
                + " p.coverPath, p.publishedAt) FROM Page p WHERE p.inMenu = TRUE AND" + Page.IS_VISIBLE
                + " ORDER BY p.sortOrder, p.id")
public class Page extends PublishedItem {

    private static final long serialVersionUID = 1L;

    public static final String FIND_VISIBLE_BY_SLUG = "Page.findVisibleBySlug";
    public static final String LIST_MENU = "Page.listMenu";
    static final String IS_VISIBLE = " p.status = dev.vitrine.content.entity.ItemStatus.PUBLISHED"
            + " AND p.publishedAt <= :now AND p.deletedAt IS NULL";

    @Column(name = "in_menu", nullable = false)
    private boolean inMenu;

    protected Page() {
        // for JPA
    }

    public Page(String slug, String title) {
        super(slug, title);
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = super.snapshot();
        fields.put("inMenu", Boolean.toString(inMenu));
        return fields;
    }

    @Override
    public void restoreSnapshot(Map<String, String> fields) {
        super.restoreSnapshot(fields);
        if (fields.containsKey("inMenu")) {
            inMenu = Boolean.parseBoolean(fields.get("inMenu"));
        }
    }

    public boolean isInMenu() {
        return inMenu;
    }

    public void setInMenu(boolean inMenu) {
        this.inMenu = inMenu;
    }
}
