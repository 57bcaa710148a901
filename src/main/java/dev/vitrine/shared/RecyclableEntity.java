package dev.vitrine.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/** An entity that staff delete to a recycle bin first, from where it can be restored. */
@MappedSuperclass
public abstract class RecyclableEntity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** When it went to the recycle bin, in the shop's time zone; {@code null} while it is not there. */
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void moveToBin(LocalDateTime when) {
        deletedAt = when;
    }

    public void restore() {
        deletedAt = null;
    }
}
