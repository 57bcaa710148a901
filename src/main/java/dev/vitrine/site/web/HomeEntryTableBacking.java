package dev.vitrine.site.web;

import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Uploads;
import dev.vitrine.site.entity.HomeEntry;
import dev.vitrine.site.service.HomeEntryService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * A list of the home page's entries staff keep in order (banner slides, friendly links): added and edited in a
 * dialog with a picture, moved up and down, deleted.
 */
public abstract class HomeEntryTableBacking<T extends HomeEntry> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HomeEntryService entries;

    @Inject
    private MediaStore media;

    private List<T> rows;
    private T editing;

    /** The kind of entry listed. */
    protected abstract Class<T> type();

    /** A new, empty entry. */
    protected abstract T create();

    /** Gives the entry a stored picture, or takes it away ({@code null}). */
    protected abstract void setPicture(T entry, String path);

    /** Whether the entry may be saved as it is; if not, says why beside the field at fault. */
    protected boolean isSavable(T entry) {
        return true;
    }

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = entries.list(type());
    }

    public void startNew() {
        editing = create();
    }

    public void startEdit(T entry) {
        editing = entry;
    }

    public void save() {
        if (!isSavable(editing)) {
            return;
        }
        try {
            T saved = entries.save(editing);
            Messages.info("admin.saved", saved.label());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            editing = null;
            reload();
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void move(T entry, boolean up) {
        entries.move(type(), entry.getId(), up);
        reload();
    }

    public void delete(T entry) {
        entries.delete(type(), entry.getId());
        Messages.info("admin.deletedForever", entry.label());
        reload();
    }

    public void upload(FileUploadEvent event) throws IOException {
        String path = Uploads.store(event, in -> media.storeUpload("site", in.readNBytes(ImageUpload.MAX_BYTES + 1)));
        if (path != null) {
            setPicture(editing, path);
        }
    }

    public void removePicture() {
        setPicture(editing, null);
    }

    public List<T> getRows() {
        return rows;
    }

    public T getEditing() {
        return editing;
    }
}
