package dev.vitrine.views.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.cluster.service.Grid;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.db.SiteKeys;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Counts views of product and article pages, honestly and cheaply: crawlers, tools, staff, a visitor's
 * repeat views within 30 minutes and an address's views past a few (see {@link RepeatWindow}) don't count; counted views are added up in memory, and {@link ViewCounter}
 * writes them. A plain bean, not an EJB: it runs on every page request, where an EJB call would cost more
 * than the counting.
 */
@ApplicationScoped
public class ViewRecorder {

    @Inject
    private ViewCountService store;

    @Inject
    private ShopClock shopClock;

    @Inject
    private Cluster cluster;

    @Inject
    private SiteKeys siteKeys;

    private final ViewMetrics metrics = ViewMetrics.INSTANCE;

    private final ViewTally tally = new ViewTally();
    private RepeatWindow repeats;
    private VisitorFingerprint fingerprints;

    @PostConstruct
    void start() {
        Grid grid = cluster.grid();
        repeats = new RepeatWindow(grid, shopClock.asClock());
        fingerprints = new VisitorFingerprint(shopClock.asClock(), day -> siteKeys.key("visitors " + day));
    }

    /**
     * Counts a request for an item's page if it is an honest view.
     *
     * @return the item's count to show, including this view if it counted
     */
    public long view(ViewedItem item, Visit visit) {
        LocalDate today = shopClock.now().toLocalDate();
        if (!visit.isView()) {
            return tally.current(item, () -> store.getViews(item));
        }
        DropReason drop = visit.dropReason();
        if (drop == null) {
            drop = repeats.judge(
                    fingerprints.of(visit.address(), visit.userAgent()), fingerprints.of(visit.address(), ""), item);
        }
        if (drop != null) {
            tally.drop(today, drop);
            metrics.dropped(drop);
            return tally.current(item, () -> store.getViews(item));
        }
        long count = tally.record(item, today, () -> store.getViews(item));
        metrics.counted();
        return count;
    }

    /** Confirms the views counted here with the other instances, and takes back those they refuse. */
    void confirm() {
        for (RepeatWindow.Refused refused : repeats.confirm()) {
            tally.takeBack(refused.item(), LocalDate.ofInstant(refused.at(), shopClock.zone()), refused.reason());
            metrics.takenBack(refused.reason());
        }
    }

    ViewTally tally() {
        return tally;
    }

    void forgetExpired() {
        repeats.forgetExpired();
    }
}
