package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A site as the last release before the content model left its database (schema version 3): categories,
 * a published and a hidden product with pictures and specs, an article, view counts, the audit log and a
 * user. Then the upgrade, and a check that every one of them is still there, as the new schema says.
 */
class UpgradeCheck {

    private static final LocalDateTime CREATED = LocalDateTime.of(2025, 6, 1, 9, 0, 0);
    private static final String NAME = "声悦 ST-26 丝膜球顶高音喇叭 «Ω» 🚗";
    private static final String DESCRIPTION = "<p>高频延伸到 <strong>25 kHz</strong></p>".repeat(500);

    private final DataSource dataSource;
    private final SqlDialect dialect;

    UpgradeCheck(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    void run() throws SQLException {
        Migrations.configure(dataSource, dialect).target("3").load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            fillAsVersion3(connection);
        }
        Migrations.configure(dataSource, dialect).target("21").load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            fillEnglishAsVersion21(connection);
        }
        Flyway flyway = Migrations.flyway(dataSource, dialect);
        assertTrue(flyway.migrate().migrationsExecuted >= 1, "the upgrade ran");
        assertEquals(flyway.info().all().length, flyway.info().applied().length);
        try (Connection connection = dataSource.getConnection()) {
            checkEverythingIsThere(connection);
        }
    }

    private static void fillAsVersion3(Connection c) throws SQLException {
        update(
                c,
                "INSERT INTO category (id, version, created, updated, kind, name, slug, sort_order)"
                        + " VALUES (1, 3, ?, ?, 'PRODUCT', '汽车音响', 'car-audio', 1)",
                CREATED,
                CREATED);
        update(
                c,
                "INSERT INTO category (id, version, created, updated, kind, name, slug, sort_order)"
                        + " VALUES (2, 0, ?, ?, 'NEWS', '行业资讯', 'industry-news', 1)",
                CREATED,
                CREATED);
        update(
                c,
                "INSERT INTO product (id, version, created, updated, category_id, slug, name, summary, description,"
                        + " cover_path, sort_order, featured, published) VALUES (10, 7, ?, ?, 1, 'st-26', ?, '丝膜球顶', ?,"
                        + " 'products/a.png', 2, TRUE, TRUE)",
                CREATED,
                CREATED.plusDays(3),
                NAME,
                DESCRIPTION);
        update(
                c,
                "INSERT INTO product (id, version, created, updated, category_id, slug, name, summary, description,"
                        + " cover_path, sort_order, featured, published, deleted_at) VALUES (11, 1, ?, ?, 1, 'hidden', 'Hidden',"
                        + " NULL, NULL, NULL, 1, FALSE, FALSE, ?)",
                CREATED,
                CREATED,
                CREATED.plusDays(9));
        for (int i = 0; i < 2; i++) {
            update(
                    c,
                    "INSERT INTO product_image (id, version, created, updated, product_id, path, alt_text, sort_order)"
                            + " VALUES (?, 0, ?, ?, 10, ?, ?, ?)",
                    20 + i,
                    CREATED,
                    CREATED,
                    "products/" + (char) ('a' + i) + ".png",
                    NAME,
                    i);
            update(
                    c,
                    "INSERT INTO product_spec (product_id, sort_order, spec_name, spec_value) VALUES (10, ?, ?, ?)",
                    i,
                    "阻抗 " + i,
                    i + " Ω");
        }
        update(
                c,
                "INSERT INTO article (id, version, created, updated, category_id, slug, title, summary, body,"
                        + " cover_path, status, published_at) VALUES (30, 2, ?, ?, 2, 'battery', '蓄电池保养', '三个小习惯', ?,"
                        + " 'news/c.png', 'PUBLISHED', ?)",
                CREATED,
                CREATED,
                DESCRIPTION,
                CREATED.plusDays(1));
        update(c, "INSERT INTO view_count (kind, item_id, views) VALUES ('PRODUCT', 10, 328)");
        update(c, "INSERT INTO view_count (kind, item_id, views) VALUES ('ARTICLE', 30, 41)");
        update(c, "INSERT INTO view_count (kind, item_id, views) VALUES ('ARTICLE', 99, 5)"); // its article is gone
        update(
                c,
                "INSERT INTO view_day (kind, item_id, view_date, views) VALUES ('PRODUCT', 10, ?, 12)",
                LocalDate.of(2025, 11, 18));
        update(
                c,
                "INSERT INTO view_drop_day (view_date, reason, requests) VALUES (?, 'BOT', 5)",
                LocalDate.of(2025, 11, 18));
        update(
                c,
                "INSERT INTO app_user (id, version, created, updated, username, password_hash, role, enabled)"
                        + " VALUES (40, 0, ?, ?, 'boss', 'PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==', 'ADMIN', TRUE)",
                CREATED,
                CREATED);
        update(
                c,
                "INSERT INTO audit_entry (id, occurred_at, actor, action_type, target_type, target_id, summary)"
                        + " VALUES (50, ?, 'boss', 'UPDATE', 'PRODUCT', 10, ?)",
                CREATED.plusDays(3),
                NAME);
    }

    /** The English texts as columns of their rows, before V22 made them rows of their own. */
    private static void fillEnglishAsVersion21(Connection c) throws SQLException {
        update(c, "UPDATE category SET name_en = 'Car Audio' WHERE id = 1");
        update(
                c,
                "INSERT INTO site_settings (id, version, created, updated, company_name, company_name_en, address_en,"
                        + " untranslated_in_english) VALUES (40, 2, ?, ?, '声悦', 'Shengyue', 'Guangzhou', ?)",
                CREATED,
                CREATED,
                false);
        update(
                c,
                "INSERT INTO banner (id, version, created, updated, picture_path, title, title_en, sort_order)"
                        + " VALUES (41, 0, ?, ?, 'banners/a.png', '冬季', 'Winter', 1)",
                CREATED,
                CREATED);
    }

    private static void checkEverythingIsThere(Connection c) throws SQLException {
        assertEquals(
                List.of(List.of("10", "PRODUCT"), List.of("11", "PRODUCT"), List.of("30", "ARTICLE")),
                rows(c, "SELECT id, kind FROM item ORDER BY id"),
                "every item is registered (V24)");
        assertThrows(
                SQLException.class,
                () -> update(c, "INSERT INTO view_count (kind, item_id, views) VALUES ('ARTICLE', 98, 1)"),
                "a count of an item that doesn't exist is refused");
        assertEquals(
                List.of(List.of("1", "en", "Car Audio")),
                rows(c, "SELECT category_id, language, name FROM category_name"),
                "a category's English name is a row of its own (V22)");
        assertEquals(
                List.of(List.of("40", "en", "Shengyue", "Guangzhou", "null", "null", "null")),
                rows(
                        c,
                        "SELECT settings_id, language, company_name, address, footer_text, description, business_hours"
                                + " FROM site_settings_text"));
        assertEquals(
                List.of(List.of("声悦", "en", "false", "2")),
                rows(c, "SELECT company_name, languages, untranslated_shown, version FROM site_settings"),
                "English stays shown, and items without it hidden as they were");
        assertEquals(
                List.of(List.of("41", "en", "Winter")), rows(c, "SELECT banner_id, language, title FROM banner_title"));
        assertEquals(
                List.of(
                        List.of(
                                "10",
                                NAME,
                                "丝膜球顶",
                                DESCRIPTION,
                                "products/a.png",
                                "2",
                                "true",
                                "PUBLISHED",
                                CREATED.toString(),
                                "null"),
                        List.of(
                                "11",
                                "Hidden",
                                "null",
                                "null",
                                "null",
                                "1",
                                "false",
                                "DRAFT",
                                "null",
                                CREATED.plusDays(9).toString())),
                rows(
                        c,
                        "SELECT id, title, summary, body, cover_path, sort_order, featured, status, published_at, deleted_at"
                                + " FROM product ORDER BY id"),
                "products: the name is the title, the description the body");
        assertEquals(
                List.of(List.of("10", "7", CREATED.plusDays(3).toString())),
                rows(c, "SELECT id, version, updated FROM product WHERE id = 10"),
                "versions and times are kept");
        assertEquals(
                List.of(List.of("10", "products/a.png", "0"), List.of("10", "products/b.png", "1")),
                rows(c, "SELECT product_id, path, sort_order FROM product_image ORDER BY sort_order"));
        assertEquals(
                List.of(List.of("阻抗 0", "0 Ω"), List.of("阻抗 1", "1 Ω")),
                rows(c, "SELECT spec_name, spec_value FROM product_spec WHERE product_id = 10 ORDER BY sort_order"));
        assertEquals(
                List.of(List.of(
                        "蓄电池保养",
                        DESCRIPTION,
                        "news/c.png",
                        "PUBLISHED",
                        CREATED.plusDays(1).toString(),
                        "false",
                        "0")),
                rows(c, "SELECT title, body, cover_path, status, published_at, featured, sort_order FROM article"));
        assertEquals(
                List.of(List.of("ARTICLE", "30", "41"), List.of("PRODUCT", "10", "328")),
                // (and the count of the article that was gone is gone too)
                rows(c, "SELECT kind, item_id, views FROM view_count ORDER BY kind"));
        assertEquals(List.of(List.of("12")), rows(c, "SELECT views FROM view_day WHERE item_id = 10"));
        assertEquals(List.of(List.of("5")), rows(c, "SELECT requests FROM view_drop_day"));
        assertEquals(
                List.of(List.of("boss", "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", "ADMIN", "true")),
                rows(c, "SELECT username, password_hash, role, enabled FROM app_user"));
        assertEquals(
                List.of(List.of("boss", "UPDATE", "PRODUCT", "10", NAME)),
                rows(c, "SELECT actor, action_type, target_type, target_id, summary FROM audit_entry"));
        assertEquals(
                List.of(List.of("PRODUCT", "汽车音响", "car-audio"), List.of("ARTICLE", "行业资讯", "industry-news")),
                rows(c, "SELECT kind, name, slug FROM category ORDER BY id"),
                "a news category's kind is the kind of its items (V21)");
        assertEquals(
                List.of(List.of("0"), List.of("0")),
                List.of(
                        rows(c, "SELECT COUNT(*) FROM page").get(0),
                        rows(c, "SELECT COUNT(*) FROM revision").get(0)),
                "the new tables are there, empty");
        assertEquals(
                List.of(List.of("st-26")),
                rows(
                        c,
                        "SELECT slug FROM product WHERE status = 'PUBLISHED'"
                                + " AND published_at <= ? AND deleted_at IS NULL",
                        LocalDateTime.now()),
                "the public still sees it");
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(c, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    /** Every row as text ({@code "null"} for SQL NULL), so that databases compare alike. */
    private static List<List<String>> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = prepared(c, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(text(result, i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(ResultSet result, int column) throws SQLException {
        int type = result.getMetaData().getColumnType(column);
        Object value = switch (type) {
            case Types.TIMESTAMP -> result.getObject(column, LocalDateTime.class);
            case Types.BOOLEAN, Types.BIT -> result.getBoolean(column);
            case Types.TINYINT -> result.getInt(column) != 0;
            default -> result.getString(column);
        };
        return result.wasNull() ? "null" : String.valueOf(value);
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
