package dev.vitrine.moving.service;

import static dev.vitrine.testing.TestZips.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which export of a ZIP is read: the site's, and none by guess when there are two. */
class MoveInUploadTest {

    @TempDir
    Path folder;

    @BeforeEach
    void dataInATemporaryFolder() {
        System.setProperty("vitrine.data.dir", folder.toString());
    }

    @AfterEach
    void dataWhereItWas() {
        System.clearProperty("vitrine.data.dir");
    }

    private static SourceSite read(byte[] upload) {
        try (MoveInUpload read = MoveInUpload.read(new ByteArrayInputStream(upload))) {
            return read.site();
        }
    }

    @Test
    void aWholePbootCmsSiteIsReadFromItsDatabaseNotFromTheBackupsItShips() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "www/static/backup/sql/demo.sql",
                "CREATE TABLE `ay_content` (`id` int);".getBytes(StandardCharsets.UTF_8));
        files.put("www/data/pbootcms.db", Files.readAllBytes(PbootCmsSiteTest.sqliteFile(folder)));
        SourceSite site = read(zip(files));
        assertEquals("PbootCMS 3.x", site.system());
        assertTrue(site.items().stream().anyMatch(item -> item.title().equals("关于声浪")));
    }

    @Test
    void aDumpAtTheTopOfTheZipWinsOverTheSitesOwnDatabase() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("www/data/pbootcms.db", Files.readAllBytes(PbootCmsSiteTest.sqliteFile(folder)));
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        dump.write(DedeCmsSiteTest.inGbk(DedeCmsSiteTest.BACKUP.get(0)));
        dump.write(DedeCmsSiteTest.inGbk(DedeCmsSiteTest.BACKUP.get(1)));
        files.put("shop.sql", dump.toByteArray());
        assertEquals("DedeCMS 5.7", read(zip(files)).system(), "the dump put at the top to be read");
    }

    @Test
    void twoDatabasesAreRefusedNamingBoth() throws Exception {
        byte[] database = Files.readAllBytes(PbootCmsSiteTest.sqliteFile(folder));
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> read(zip(Map.of("a/data/pbootcms.db", database, "b/data/pbootcms.db", database))));
        assertEquals("moving.severalExports", refused.getMessageKey());
        assertTrue(refused.getArguments()[0].toString().contains("a/data/pbootcms.db"));
        assertTrue(refused.getArguments()[0].toString().contains("b/data/pbootcms.db"));
    }

    @Test
    void aDedeCmsBackupIsReadWithItsStructureFirstWhateverTheOrderInTheZip() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "data/backupdata/b5e2d9f0c3a14e7b8d62_dede_archives.txt",
                DedeCmsSiteTest.inGbk(DedeCmsSiteTest.BACKUP.get(1)));
        files.put(
                "data/backupdata/7a3f0c2e91b4d5f6a8c1_tables_struct.txt",
                DedeCmsSiteTest.inGbk(DedeCmsSiteTest.BACKUP.get(0)));
        SourceSite site = read(zip(files));
        assertEquals("DedeCMS 5.7", site.system());
        assertEquals("公司新闻", site.categories().get(0).name());
    }
}
