package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemStatus;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.Revision;
import dev.vitrine.content.service.ContentDiff;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.shared.web.Uploads;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The edit page of a published item ({@code /admin/<kind>/edit?id=<id>}): the item and its version stay in
 * the view between requests, so a save that someone else's save beat is refused and what was typed stays in
 * the form. Publishing is a draft, now, or at a time to come. The page also lists the item's revisions,
 * compares one with what is saved now, and restores one. A kind's page bean adds only its own fields.
 */
public abstract class ItemEditBacking<T extends PublishedItem> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the editor wants the item to be when saving. */
    public enum Publishing {
        DRAFT,
        NOW,
        SCHEDULED
    }

    @Inject
    private MediaStore media;

    @Inject
    private ShopClock clock;

    private Long id;
    private T item;
    private Publishing publishing = Publishing.DRAFT;
    private LocalDateTime publishAt;
    private List<Revision> revisions = List.of();
    private Revision compared;
    private List<ContentDiff.Field> difference = List.of();

    protected abstract ItemEditService<T> service();

    /** A new, empty item of the kind. */
    protected abstract T newItem();

    /** Shows the kind's own fields of a loaded or saved item. */
    protected void show(T loaded) {}

    /** Copies the kind's own fields into the item before saving; false (with a message) to stop the save. */
    protected boolean prepare(T edited) {
        return true;
    }

    /** Loads the item named by {@code id}, or starts a new one; an unknown id is a 404. */
    public void load() {
        if (id == null) {
            item = newItem();
            show(item);
            return;
        }
        try {
            display(service().get(id));
        } catch (NotFoundException e) {
            Responses.notFound();
        }
    }

    private void display(T loaded) {
        item = loaded;
        publishAt = loaded.getPublishedAt();
        publishing = loaded.getStatus() == ItemStatus.DRAFT
                ? Publishing.DRAFT
                : loaded.isScheduledAt(clock.now()) ? Publishing.SCHEDULED : Publishing.NOW;
        revisions = service().listRevisions(loaded.getId());
        show(loaded);
    }

    public void save() {
        if (item.getSlug() != null && !item.getSlug().isBlank()) {
            // "Car Audio 2025" becomes car-audio-2025; what has no Latin letters or digits at all is refused.
            String typed = item.getSlug();
            item.setSlug(Slugs.fromTitle(typed));
            if (!Slugs.isValid(item.getSlug())) {
                item.setSlug(typed);
                Messages.error("form:slug", "admin.slugInvalid");
                return;
            }
        }
        if (!prepare(item) || !applyPublishing()) {
            return;
        }
        try {
            boolean isNew = item.isNew();
            String typed = item.getBody();
            display(service().save(item));
            id = item.getId();
            if (isNew) {
                // The address names the item from now on: a reload, a bookmark or a link sent shows it again.
                PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + id + "')");
            }
            compared = null;
            difference = List.of();
            Messages.info("admin.saved", item.getTitle());
            Messages.cleaned(typed);
        } catch (DuplicateSlugException e) {
            Messages.error("form:slug", e.getMessageKey());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    /** Starts a similar item: a draft copy of the saved item, opened for editing. */
    public String copy() {
        T copy = service().copy(id, newItem(), Messages.text("admin.copyMark"));
        Messages.info("admin.copied", item.getTitle());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "edit?faces-redirect=true&id=" + copy.getId();
    }

    private boolean applyPublishing() {
        LocalDateTime now = clock.now();
        LocalDateTime publishAt = asStoredIfUnchanged(this.publishAt);
        switch (publishing) {
            case DRAFT -> item.unpublish();
            case NOW ->
                item.publish(
                        item.getStatus() == ItemStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now)
                                ? publishAt
                                : now);
            case SCHEDULED -> {
                if (publishAt == null || !publishAt.isAfter(now)) {
                    Messages.error("form:publishAt", "admin.scheduleInFuture");
                    return false;
                }
                item.publish(publishAt);
            }
            default -> throw new IllegalStateException(publishing.name());
        }
        return true;
    }

    /** What a revision changed, in words ("Title, Body"); the first says it is the first. */
    public String changedInWords(Revision revision) {
        String changed = revision.getChanged() == null
                ? Messages.text("admin.revisionFirst")
                : Arrays.stream(revision.getChanged().split(", "))
                        .map(field -> Messages.text("revision.field." + field))
                        .collect(Collectors.joining(", "));
        return revision.getRestoredFrom() == null
                ? changed
                : Messages.text("admin.revisionRestored", revision.getRestoredFrom()) + " " + changed;
    }

    /**
     * The form shows the publish time to the minute: the same minute as the stored time is the stored time, so
     * that a save that didn't touch it doesn't trim its seconds (and list it as changed in the revisions).
     */
    private LocalDateTime asStoredIfUnchanged(LocalDateTime typed) {
        LocalDateTime stored = item.getPublishedAt();
        return typed != null && stored != null && typed.equals(stored.truncatedTo(ChronoUnit.MINUTES)) ? stored : typed;
    }

    /** Stores an uploaded picture in the media store under {@code folder}; its path, or null with a message. */
    protected String storeUpload(FileUploadEvent event, String folder) throws IOException {
        return Uploads.store(event, in -> media.storeUpload(folder, in.readNBytes(ImageUpload.MAX_BYTES + 1)));
    }

    public void uploadCover(FileUploadEvent event) throws IOException {
        String path = storeUpload(event, "covers");
        if (path != null) {
            item.setCoverPath(path);
        }
    }

    /** Shows what differs between a revision and the item as it is saved now. */
    public void compare(Revision revision) {
        compared = revision;
        difference = service().compare(id, revision.getId());
    }

    /** Puts a revision's content back, as a new revision. */
    public void restore(Revision revision) {
        try {
            display(service().restoreRevision(id, revision.getId()));
            compared = null;
            difference = List.of();
            Messages.info("admin.revisionRestored", revision.getNumber(), item.getTitle());
        } catch (DuplicateSlugException e) {
            Messages.error(null, "admin.revisionSlugTaken", revision.getNumber());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
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

    public Publishing getPublishing() {
        return publishing;
    }

    public void setPublishing(Publishing publishing) {
        this.publishing = publishing;
    }

    public Publishing[] getPublishingChoices() {
        return Publishing.values();
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public List<Revision> getRevisions() {
        return revisions;
    }

    public Revision getCompared() {
        return compared;
    }

    public List<ContentDiff.Field> getDifference() {
        return difference;
    }
}
