package dev.vitrine.pages.entity;

import dev.vitrine.content.entity.PublishedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;

/**
 * A single page every company site has (About us, Services, Jobs), at {@code /pages/<slug>}; the ones in
 * the main menu are listed there in the pages' order.
 */
@Entity
@Table(name = "page")
public class Page extends PublishedItem {

    private static final long serialVersionUID = 1L;

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
