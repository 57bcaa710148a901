package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's own transaction: begun with a timeout longer than a server's default, committed when the import is
 * done, rolled back when it fails; either way the server's default timeout again for the thread, and the upload gone.
 */
class BackgroundMoveInTest {

    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
            <link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version>
            </channel></rss>
            """;

    @TempDir
    Path folder;

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void dataInATemporaryFolder() {
        System.setProperty("vitrine.data.dir", folder.toString());
    }

    @AfterEach
    void dataWhereItWas() {
        System.clearProperty("vitrine.data.dir");
    }

    @Test
    void aDoneImportIsCommittedInATransactionOfTwoHours() throws Exception {
        MoveInReport done = new MoveInReport("WordPress", List.of(), List.of(), true);
        BackgroundMoveIn background = background((site, pictures) -> done);

        assertSame(done, background.run(upload(), false, new MoveInProgress()).get());
        assertEquals(List.of("timeout 7200", "begin", "run", "commit", "timeout 0"), calls);
        assertUploadGone();
    }

    @Test
    void aFailedImportIsRolledBackAndSaysWhy() throws Exception {
        IllegalStateException full = new IllegalStateException("no space left on the device");
        BackgroundMoveIn background = background((site, pictures) -> {
            throw full;
        });

        assertSame(full, assertThrows(IllegalStateException.class, () -> run(background)));
        assertEquals(List.of("timeout 7200", "begin", "run", "rollback", "timeout 0"), calls);
        assertUploadGone();
    }

    private static void run(BackgroundMoveIn background) throws InterruptedException, ExecutionException {
        background.run(upload(), false, new MoveInProgress()).get();
    }

    private static MoveInUpload upload() {
        return MoveInUpload.read(new ByteArrayInputStream(EXPORT.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertUploadGone() throws Exception {
        try (Stream<Path> left = Files.list(folder.resolve("moving"))) {
            assertEquals(List.of(), left.toList(), "the upload is deleted");
        }
    }

    private interface Import {
        MoveInReport run(SourceSite site, Pictures pictures);
    }

    private BackgroundMoveIn background(Import work) throws ReflectiveOperationException {
        BackgroundMoveIn background = new BackgroundMoveIn();
        set(background, "moving", new MoveInService() {
            @Override
            public MoveInReport run(SourceSite site, Pictures pictures, MoveInProgress progress) {
                calls.add("run");
                return work.run(site, pictures);
            }
        });
        set(background, "transaction", new RecordedTransaction());
        return background;
    }

    private static void set(Object bean, String field, Object value) throws ReflectiveOperationException {
        Field injected = bean.getClass().getDeclaredField(field);
        injected.setAccessible(true);
        injected.set(bean, value);
    }

    /** A transaction that says what was done with it. */
    private final class RecordedTransaction implements UserTransaction {

        private int status = Status.STATUS_NO_TRANSACTION;

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            calls.add("timeout " + seconds);
        }
    }
}
