package dev.vitrine.views.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.text.Csv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** View statistics for the shop, from the daily totals. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ViewStatsService {

    static final int DAYS = 30;
    static final int TOP = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    public ViewStats stats() {
        LocalDate today = clock.now().toLocalDate();
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT d.id.viewDate, SUM(d.views) FROM ViewDay d"
                                + " WHERE d.id.viewDate >= :first GROUP BY d.id.viewDate",
                        Object[].class)
                .setParameter("first", first)
                .getResultList()) {
            perDay.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        List<ViewStats.Day> days = new ArrayList<>();
        long week = 0;
        long month = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long views = perDay.getOrDefault(day, 0L);
            days.add(new ViewStats.Day(day, views));
            month += views;
            week += day.isAfter(today.minusDays(7)) ? views : 0;
        }
        Map<String, Long> dropped = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT d.id.reason, SUM(d.requests) FROM DropDay d"
                                + " WHERE d.id.viewDate >= :first GROUP BY d.id.reason",
                        Object[].class)
                .setParameter("first", first)
                .getResultList()) {
            dropped.put(row[0].toString(), ((Number) row[1]).longValue());
        }
        return new ViewStats(
                perDay.getOrDefault(today, 0L),
                week,
                month,
                days,
                Arrays.stream(ItemKind.values())
                        .filter(ItemKind::isCounted)
                        .map(kind -> new ViewStats.TopList(kind.folder(), top(kind, first)))
                        .toList(),
                dropped);
    }

    private List<ViewStats.TopItem> top(ItemKind kind, LocalDate first) {
        List<Object[]> counts = em.createQuery(
                        "SELECT d.id.itemId, SUM(d.views) FROM ViewDay d"
                                + " WHERE d.id.kind = :kind AND d.id.viewDate >= :first GROUP BY d.id.itemId"
                                + " ORDER BY SUM(d.views) DESC",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("first", first)
                .setMaxResults(TOP)
                .getResultList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> names = new HashMap<>();
        String namesQuery = "SELECT i.id, i.title, i.slug FROM " + kind.entity() + " i WHERE i.id IN :ids";
        for (Object[] row : em.createQuery(namesQuery, Object[].class)
                .setParameter("ids", counts.stream().map(row -> (Long) row[0]).toList())
                .getResultList()) {
            names.put((Long) row[0], row);
        }
        List<ViewStats.TopItem> top = new ArrayList<>();
        for (Object[] row : counts) {
            Object[] item = names.get((Long) row[0]);
            if (item != null) {
                top.add(new ViewStats.TopItem(
                        (Long) row[0], (String) item[1], (String) item[2], ((Number) row[1]).longValue()));
            }
        }
        return top;
    }

    /** Every daily figure, oldest first, as CSV: date, type, id, name, views. */
    public String dailyCsv(ResourceBundle words) {
        Map<String, String> names = new HashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kind.isCounted()) {
                for (Object[] row : em.createQuery("SELECT i.id, i.title FROM " + kind.entity() + " i", Object[].class)
                        .getResultList()) {
                    names.put(kind + "#" + row[0], (String) row[1]);
                }
            }
        }
        StringBuilder csv = new StringBuilder(words.getString("csv.views.header") + "\r\n");
        for (Object[] row : em.createQuery(
                        "SELECT d.id.viewDate, d.id.kind, d.id.itemId, d.views FROM ViewDay d"
                                + " ORDER BY d.id.viewDate, d.id.kind, d.id.itemId",
                        Object[].class)
                .getResultList()) {
            String name = names.getOrDefault(row[1] + "#" + row[2], "");
            csv.append(row[0])
                    .append(',')
                    .append(Csv.field(words.getString("audit.target." + row[1])))
                    .append(',')
                    .append(row[2])
                    .append(',')
                    .append(Csv.field(name))
                    .append(',')
                    .append(row[3])
                    .append("\r\n");
        }
        return csv.toString();
    }
}
