package dev.vitrine.moving.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A thing an import brought from another site system (an item, a category, a picture), by its key there: an
 * import run again finds it here and updates what it made instead of making it again.
 */
@Entity
@Table(name = "moved_entry")
@NamedQuery(name = MovedEntry.OF_SOURCE, query = "SELECT e FROM MovedEntry e WHERE e.source = :source")
@NamedQuery(name = MovedEntry.OF_ITEM, query = "SELECT e FROM MovedEntry e WHERE e.itemId = :itemId")
public class MovedEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String OF_SOURCE = "MovedEntry.ofSource";
    public static final String OF_ITEM = "MovedEntry.ofItem";

    /** The old system and site ("WordPress https://old.example.com"). */
    @Column(nullable = false, length = 200)
    private String source;

    /** Its key there ("post 15", "category news"). */
    @Column(name = "source_key", nullable = false, length = 200)
    private String sourceKey;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "inquiry_id")
    private Long inquiryId;

    /** A picture's path in the media store. */
    @Column(name = "media_path", length = 500)
    private String mediaPath;

    protected MovedEntry() {
        // for JPA
    }

    public MovedEntry(String source, String sourceKey) {
        this.source = source;
        this.sourceKey = sourceKey;
    }

    public String getSource() {
        return source;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getMediaPath() {
        return mediaPath;
    }

    public void setMediaPath(String mediaPath) {
        this.mediaPath = mediaPath;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    public void setInquiryId(Long inquiryId) {
        this.inquiryId = inquiryId;
    }
}
