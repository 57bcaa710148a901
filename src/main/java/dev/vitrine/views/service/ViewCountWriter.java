package dev.vitrine.views.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of pending views in one local transaction with plain JDBC: {@code views = views + n} per
 * item and per item and day, and the dropped requests per day. Plain JDBC rather than JPA because it must
 * also work while the server shuts down, when the pooled data source may already be gone (see
 * {@link ViewCounter}); and it leaves no cached entity to go stale (counts are never cached).
 */
final class ViewCountWriter {

    private static final String TOTALS = "SELECT kind, item_id, views FROM view_count";
    private static final String ADD_VIEWS = "UPDATE view_count SET views = views + ? WHERE kind = ? AND item_id = ?";
    /** From the item's row, so that a view of an item deleted meanwhile is dropped, not left pointing at nothing. */
    private static final String INSERT_VIEWS =
            "INSERT INTO view_count (views, kind, item_id) SELECT ?, ?, id FROM item WHERE id = ?";

    private static final String ADD_DAY =
            "UPDATE view_day SET views = views + ? WHERE kind = ? AND item_id = ? AND view_date = ?";
    private static final String INSERT_DAY =
            "INSERT INTO view_day (views, kind, view_date, item_id) SELECT ?, ?, ?, id FROM item WHERE id = ?";
    private static final String ADD_DROPS =
            "UPDATE view_drop_day SET requests = requests + ? WHERE reason = ? AND view_date = ?";
    private static final String INSERT_DROPS =
            "INSERT INTO view_drop_day (requests, reason, view_date) VALUES (?, ?, ?)";

    private ViewCountWriter() {}

    /**
     * Goes through a whole write, every statement included, and rolls it back, so that every class a write
     * needs (the driver's too) is loaded while it still can be.
     */
    static void rehearse(Connection connection) throws SQLException {
        ViewedItem nothing = ViewedItem.product(-1);
        LocalDate today = LocalDate.now();
        ViewTally.Batch batch = new ViewTally.Batch(
                Map.of(new ViewTally.Key(nothing, today), 1L),
                Map.of(new ViewTally.DropKey(today, DropReason.BOT), 1L));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            apply(connection, batch);
            apply(connection, batch);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    static void write(Connection connection, ViewTally.Batch batch) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            apply(connection, batch);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Rows are written in one order (kind, item, day; then day, reason) by every instance: in the order of a
     * hash map, two instances writing at once locked the same rows in opposite orders, and PostgreSQL broke
     * the deadlock by failing one write round (ClusterIT saw it).
     */
    private static final Comparator<Map.Entry<ViewTally.Key, Long>> VIEWS_ORDER = Comparator.comparing(
                    (Map.Entry<ViewTally.Key, Long> entry) ->
                            entry.getKey().item().getKind().name())
            .thenComparingLong(entry -> entry.getKey().item().getItemId())
            .thenComparing(entry -> entry.getKey().day());

    private static final Comparator<Map.Entry<ViewTally.DropKey, Long>> DROPS_ORDER = Comparator.comparing(
                    (Map.Entry<ViewTally.DropKey, Long> entry) -> entry.getKey().day())
            .thenComparing(entry -> entry.getKey().reason().name());

    /** The statements of a write: the first time for a key inserts, later times update. */
    private static void apply(Connection connection, ViewTally.Batch batch) throws SQLException {
        for (Map.Entry<ViewTally.Key, Long> entry :
                batch.views().entrySet().stream().sorted(VIEWS_ORDER).toList()) {
            ViewTally.Key key = entry.getKey();
            String kind = key.item().getKind().name();
            long item = key.item().getItemId();
            long views = entry.getValue();
            Date day = Date.valueOf(key.day());
            addOrInsert(connection, ADD_VIEWS, List.of(views, kind, item), INSERT_VIEWS, List.of(views, kind, item));
            addOrInsert(
                    connection, ADD_DAY, List.of(views, kind, item, day), INSERT_DAY, List.of(views, kind, day, item));
        }
        for (Map.Entry<ViewTally.DropKey, Long> entry :
                batch.drops().entrySet().stream().sorted(DROPS_ORDER).toList()) {
            ViewTally.DropKey key = entry.getKey();
            List<Object> drops = List.of(entry.getValue(), key.reason().name(), Date.valueOf(key.day()));
            addOrInsert(connection, ADD_DROPS, drops, INSERT_DROPS, drops);
        }
    }

    /** Runs the update; if it found no row, the insert. */
    private static void addOrInsert(
            Connection connection, String update, List<Object> updating, String insert, List<Object> inserting)
            throws SQLException {
        if (execute(connection, update, updating) == 0) {
            execute(connection, insert, inserting);
        }
    }

    private static int execute(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement.executeUpdate();
        }
    }

    /** Every item's stored count: what all instances of the site have written. */
    static Map<ViewedItem, Long> totals(Connection connection) throws SQLException {
        Map<ViewedItem, Long> totals = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(TOTALS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                totals.put(new ViewedItem(ItemKind.valueOf(rows.getString(1)), rows.getLong(2)), rows.getLong(3));
            }
        }
        return totals;
    }
}
