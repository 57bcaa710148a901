package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlDumpTest {

    private static SourceTables read(String dump) {
        SourceTables tables = new SourceTables(name -> !name.equals("skipped"));
        SqlDump.read(
                new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                "dump.sql",
                tables);
        return tables;
    }

    @Test
    void rowsAreReadByColumnNameFromTheTablesDefinitionOrTheInsertsOwnList() {
        SourceTables tables = read("""
                -- MySQL dump 10.13
                /*!40101 SET NAMES utf8mb4 */;
                # a comment of another kind
                DROP TABLE IF EXISTS `t`;
                CREATE TABLE `t` (
                  `id` int(10) NOT NULL AUTO_INCREMENT,
                  `title` varchar(100) DEFAULT 'a, (b)',
                  `price` decimal(10,2),
                  PRIMARY KEY (`id`),
                  KEY `title` (`title`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                LOCK TABLES `t` WRITE;
                INSERT INTO `t` VALUES (1,'one',-2.50),(2,'two; or (three)',NULL);
                INSERT INTO shop.t (`price`, `id`, title) VALUES ('9', '3', _utf8mb4'three');
                UNLOCK TABLES;
                """);
        List<Map<String, String>> rows = tables.rows("t");
        assertEquals(3, rows.size());
        assertEquals(Map.of("id", "1", "title", "one", "price", "-2.50"), find(rows, "1"));
        assertEquals("two; or (three)", find(rows, "2").get("title"));
        assertNull(find(rows, "2").get("price"));
        assertEquals(Map.of("id", "3", "title", "three", "price", "9"), find(rows, "3"));
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String id) {
        return rows.stream().filter(row -> id.equals(row.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void textsAreUnescapedAsMySqlWritesThem() {
        SourceTables tables = read("CREATE TABLE t (id int, body text);\r\n"
                + "INSERT INTO `t` VALUES('1','It\\'s \\\"quoted\\\"\\r\\nnext line \\\\ back, and it''s doubled');\r\n"
                + "INSERT INTO `t` VALUES('2','50\\% off, a\\_b, a tab\\there');\r\n");
        List<Map<String, String>> rows = tables.rows("t");
        assertEquals(
                "It's \"quoted\"\r\nnext line \\ back, and it's doubled",
                find(rows, "1").get("body"));
        assertEquals("50\\% off, a\\_b, a tab\there", find(rows, "2").get("body"), "as MySQL: \\% and \\_ stay");
    }

    @Test
    void tablesNotWantedAreSeenButNotKept() {
        SourceTables tables = read("CREATE TABLE skipped (a int);\nINSERT INTO skipped VALUES (1),(2);\n");
        assertTrue(tables.has("skipped"));
        assertTrue(tables.rows("skipped").isEmpty());
        assertFalse(tables.has("other"));
    }

    @Test
    void aDumpThatBreaksOffIsRefusedSayingWhere() {
        BusinessException cut = assertThrows(
                BusinessException.class,
                () -> read("CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1,'one'),\n(2,'tw"));
        assertEquals("moving.damaged", cut.getMessageKey());
        assertTrue(cut.getArguments()[0].toString().startsWith("dump.sql, line 3:"), cut.getArguments()[0].toString());

        BusinessException broken = assertThrows(
                BusinessException.class,
                () -> read("CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1 'one');"));
        assertTrue(
                broken.getArguments()[0].toString().contains("a row of t breaks off"),
                broken.getArguments()[0].toString());
    }

    @Test
    void rowsWithoutTheirTablesDefinitionAreRefusedWhenRead() {
        SourceTables tables = read("INSERT INTO `dede_archives` VALUES('1','2');\n");
        BusinessException refused = assertThrows(BusinessException.class, () -> tables.rows("dede_archives"));
        assertEquals("moving.noTableDefinition", refused.getMessageKey());
    }

    @Test
    void aDumpInGbkIsToldFromOneInUtf8() {
        String text = "INSERT INTO t VALUES ('汽车音响');";
        Charset gbk = Charset.forName("GBK");
        assertEquals(
                StandardCharsets.UTF_8,
                SqlDump.charsetOf(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        Charset found = SqlDump.charsetOf(new ByteArrayInputStream(text.getBytes(gbk)));
        assertEquals("GB18030", found.name());
        assertEquals(text, new String(text.getBytes(gbk), found));
    }

    @Test
    void aByteOrderMarkBacktickedKeywordsAndHexStringsAreRead() {
        SourceTables tables = read("\uFEFFCREATE TABLE t (`id` int, `key` varchar(9), `index` int, KEY `k` (`key`));\n"
                + "INSERT INTO t VALUES (1, X'4142', 2);\n");
        assertEquals(
                Map.of("id", "1", "key", "4142", "index", "2"), tables.rows("t").get(0));
    }

    @Test
    void aCommentThatBreaksOffIsRefused() {
        BusinessException cut = assertThrows(
                BusinessException.class, () -> read("CREATE TABLE t (a int);\n/* a comment that never ends"));
        assertTrue(cut.getArguments()[0].toString().contains("a comment breaks off"));
    }

    @Test
    void theEncodingADumpDeclaresComesFirst() {
        byte[] gbkDeclared =
                "/*!40101 SET NAMES gbk */;\nINSERT INTO t VALUES ('abc');".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "GB18030",
                SqlDump.charsetOf(new ByteArrayInputStream(gbkDeclared)).name());
        byte[] utf8WithABadByte =
                ("SET NAMES utf8mb4;\nINSERT INTO t VALUES ('汽车音响 \u00ff');").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                StandardCharsets.UTF_8,
                SqlDump.charsetOf(new ByteArrayInputStream(utf8WithABadByte)),
                "a stray byte doesn't turn a dump said to be UTF-8 into GBK");
    }
}
