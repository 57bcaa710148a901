package dev.vitrine.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A stored picture (or thumbnail) that nothing saved shows: uploaded and not saved yet, or left over when
 * an edit replaced it. Written once, deleted when an item claims it or when it is swept away.
 */
@Entity
@Table(name = "unsaved_upload")
@NamedQuery(name = UnsavedUpload.OLDER_THAN, query = "SELECT u FROM UnsavedUpload u WHERE u.since < :time")
@NamedQuery(name = UnsavedUpload.CLAIM, query = "DELETE FROM UnsavedUpload u WHERE u.path IN :paths")
public class UnsavedUpload {

    public static final String OLDER_THAN = "UnsavedUpload.olderThan";
    public static final String CLAIM = "UnsavedUpload.claim";

    @Id
    @Column(length = 500)
    private String path;

    @Column(nullable = false)
    private LocalDateTime since;

    protected UnsavedUpload() {
        // for JPA
    }

    public UnsavedUpload(String path, LocalDateTime since) {
        this.path = path;
        this.since = since;
    }

    public String getPath() {
        return path;
    }
}
