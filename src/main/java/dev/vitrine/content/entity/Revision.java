package dev.vitrine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * One saved state of a published item: who saved it, when (UTC), which fields changed, and the whole
 * content as it then was ({@link PublishedItem#snapshot()} as JSON). Written once, never edited.
 */
@Entity
@Table(name = "revision")
@NamedQuery(
        name = Revision.LIST_NEWEST,
        query = "SELECT r FROM Revision r WHERE r.itemKind = :kind" + " AND r.itemId = :itemId ORDER BY r.number DESC")
@NamedQuery(
        name = Revision.DELETE_ALL,
        query = "DELETE FROM Revision r WHERE r.itemKind = :kind AND r.itemId = :itemId")
@NamedQuery(
        name = Revision.DELETE_OLDER,
        query = "DELETE FROM Revision r WHERE r.itemKind = :kind" + " AND r.itemId = :itemId AND r.number <= :number")
public class Revision {

    public static final String LIST_NEWEST = "Revision.listNewest";
    public static final String DELETE_ALL = "Revision.deleteAll";
    public static final String DELETE_OLDER = "Revision.deleteOlder";
    public static final int CHANGED_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "vitrine_revision_ids")
    @TableGenerator(
            name = "vitrine_revision_ids",
            table = "id_gen",
            pkColumnName = "gen_name",
            valueColumnName = "gen_value",
            pkColumnValue = "vitrine",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20)
    private ItemKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    /** 1 for the first revision of an item, then 2, 3...; never reused, even after old ones are pruned. */
    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Column(nullable = false, length = PublishedItem.USER_LENGTH)
    private String author;

    /** The names of the fields that differ from the revision before, comma-separated; none for the first. */
    @Column(length = CHANGED_LENGTH)
    private String changed;

    @Column(nullable = false)
    private String snapshot;

    /** The number of the revision this one restored; null for an edit. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected Revision() {
        // for JPA
    }

    public Revision(
            ItemKind itemKind,
            long itemId,
            int number,
            LocalDateTime savedAt,
            String author,
            String changed,
            String snapshot) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.number = number;
        this.savedAt = savedAt;
        this.author = author;
        this.changed =
                changed == null || changed.length() <= CHANGED_LENGTH ? changed : changed.substring(0, CHANGED_LENGTH);
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public ItemKind getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getChanged() {
        return changed;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    /** Marks a new revision as the restoring of an earlier one. */
    public Revision restoring(Integer number) {
        this.restoredFrom = number;
        return this;
    }
}
