package dev.vitrine.media.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.media.entity.UnsavedUpload;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.shared.MediaReferences;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps pictures that nothing saved shows away from the public, and deletes them after a day. An upload
 * is unsaved until a save of its item (or of the settings, for the logo) claims it; a picture an edit
 * stopped showing becomes unsaved again unless something else still shows it. Staff see unsaved pictures
 * (in the form they are editing); visitors get 404. Each path's thumbnail goes with it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class UnsavedUploads {

    /** How long an unsaved picture is kept: long enough for an editor to finish a form left open. */
    public static final Duration GRACE = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(UnsavedUploads.class.getName());

    @Inject
    private Cluster cluster;

    @Inject
    private Jobs jobs;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private MediaStore media;

    @Inject
    private Instance<MediaReferences> references;

    /** A picture was just uploaded: unsaved until claimed. */
    public void uploaded(String path) {
        for (String file : withThumbnail(path).toList()) {
            em.persist(new UnsavedUpload(file, clock.now()));
        }
    }

    /**
     * The pictures of an item deleted for good are unsaved again, unless something else shows them; looked at
     * after the other observers (of default priority) took away what was the item's, such as its revisions.
     */
    public void released(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ItemPurged purged) {
        track(purged.mediaPaths(), Set.of());
    }

    /**
     * What a save now shows is claimed (served to everyone); what it showed before and no longer does is
     * unsaved again if nothing else shows it.
     */
    public void track(Set<String> before, Set<String> after) {
        List<String> claimed =
                after.stream().flatMap(UnsavedUploads::withThumbnail).toList();
        if (!claimed.isEmpty()) {
            em.createNamedQuery(UnsavedUpload.CLAIM)
                    .setParameter("paths", claimed)
                    .executeUpdate();
        }
        em.flush();
        for (String path : before) {
            if (!after.contains(path) && !isShown(path)) {
                withThumbnail(path)
                        .filter(file -> em.find(UnsavedUpload.class, file) == null)
                        .forEach(file -> em.persist(new UnsavedUpload(file, clock.now())));
            }
        }
    }

    /** Whether visitors may see a stored file (staff may see every one). */
    @PermitAll
    public boolean isPublic(String path) {
        return em.find(UnsavedUpload.class, path) == null;
    }

    /**
     * Deletes the pictures unsaved for longer than {@link #GRACE} that nothing shows, every hour; those something shows
     * (saved some other way, or kept in a revision) are claimed instead. Returns how many were deleted.
     */
    @PermitAll
    public int sweep() {
        List<UnsavedUpload> old = em.createNamedQuery(UnsavedUpload.OLDER_THAN, UnsavedUpload.class)
                .setParameter("time", clock.now().minus(GRACE))
                .getResultList();
        int deleted = 0;
        for (UnsavedUpload upload : old) {
            String path = upload.getPath();
            if (!path.startsWith(MediaStore.THUMBNAILS) && !isShown(path)) {
                media.delete(path);
                media.delete(MediaStore.thumbnailOf(path));
                deleted++;
            }
            em.remove(upload);
        }
        if (deleted > 0) {
            LOG.info("Deleted unsaved pictures: " + deleted);
        }
        return deleted;
    }

    /**
     * Once an hour, on one instance of the site (they share the pictures); a failed round never stops the
     * next, and three hours without one make the instance not ready.
     */
    @Schedule(hour = "*", minute = "41", persistent = false)
    void sweepHourly() {
        jobs.run("unsaved pictures clean-up", Duration.ofHours(3), () -> {
            if (cluster.grid().isLeader()) {
                sweep();
            }
        });
    }

    private boolean isShown(String path) {
        return references.stream().anyMatch(reference -> reference.shows(path));
    }

    private static Stream<String> withThumbnail(String path) {
        return Stream.of(path, MediaStore.thumbnailOf(path));
    }
}
