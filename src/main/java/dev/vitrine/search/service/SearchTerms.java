package dev.vitrine.search.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.search.entity.SearchTerm;
import dev.vitrine.search.service.SearchTally.Count;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Search statistics: what visitors searched for, how often, and what found nothing. Each instance adds
 * searches up in memory ({@link SearchTally}) and writes them once a minute, and when staff open the
 * statistics. Storage is bounded: at most {@value #MAX_TERMS_PER_DAY} terms a day (later new terms that day
 * are not kept), each kept {@value #KEPT_DAYS} days.
 */
@Stateless
@PermitAll
public class SearchTerms {

    static final int MAX_TERMS_PER_DAY = 500;
    static final int KEPT_DAYS = 90;

    /** A term over a period: how often it was searched, and the most results a search for it found. */
    public record Searched(String term, long searches, int results) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchTally tally;

    @Inject
    private ShopClock clock;

    @Inject
    private Jobs jobs;

    @Inject
    private Cluster cluster;

    @Resource
    private SessionContext context;

    /** Writes this instance's searches counted since the last write; kept for the next one if it fails. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writePending() {
        Map<String, Count> batch = tally.take();
        if (batch.isEmpty()) {
            return;
        }
        try {
            context.getBusinessObject(SearchTerms.class).store(clock.now().toLocalDate(), batch);
        } catch (RuntimeException e) {
            tally.putBack(batch);
            throw e;
        }
    }

    /** Adds searches to a day's counts, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(LocalDate day, Map<String, Count> batch) {
        long stored = em.createQuery("SELECT COUNT(t) FROM SearchTerm t WHERE t.id.day = :day", Long.class)
                .setParameter("day", day)
                .getSingleResult();
        for (Map.Entry<String, Count> searched : batch.entrySet()) {
            Count count = searched.getValue();
            int updated = em.createQuery("UPDATE SearchTerm t SET t.searches = t.searches + :searches,"
                            + " t.results = :results WHERE t.id.day = :day AND t.id.term = :term")
                    .setParameter("searches", count.searches())
                    .setParameter("results", count.results())
                    .setParameter("day", day)
                    .setParameter("term", searched.getKey())
                    .executeUpdate();
            if (updated == 0 && stored < MAX_TERMS_PER_DAY) {
                em.persist(new SearchTerm(day, searched.getKey(), count.searches(), count.results()));
                stored++;
            }
        }
        em.flush();
    }

    /** The terms searched most often in the last {@code days} days (today included), most first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public List<Searched> mostSearched(int days, int limit) {
        return searched(days, "", limit);
    }

    /** The terms whose every search in the last {@code days} days found nothing, most searched first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public List<Searched> foundNothing(int days, int limit) {
        return searched(days, " HAVING MAX(t.results) = 0", limit);
    }

    private List<Searched> searched(int days, String having, int limit) {
        return em.createQuery(
                        "SELECT t.id.term, SUM(t.searches) AS total, MAX(t.results) FROM SearchTerm t"
                                + " WHERE t.id.day > :before GROUP BY t.id.term" + having
                                + " ORDER BY total DESC, t.id.term",
                        Object[].class)
                .setParameter("before", clock.now().toLocalDate().minusDays(days))
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Searched((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue()))
                .toList();
    }

    /** Once a minute on every instance: its own searches. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void writeEveryMinute() {
        jobs.run("search statistics writes", Duration.ofMinutes(10), this::writePending);
    }

    /** Every night, on one instance: forgets days older than {@value #KEPT_DAYS}. */
    @Schedule(hour = "3", minute = "29", persistent = false)
    void forgetOldDaily() {
        jobs.run("search statistics clean-up", Duration.ofDays(2), () -> {
            if (cluster.grid().isLeader()) {
                em.createQuery("DELETE FROM SearchTerm t WHERE t.id.day <= :oldest")
                        .setParameter("oldest", clock.now().toLocalDate().minusDays(KEPT_DAYS))
                        .executeUpdate();
            }
        });
    }
}
