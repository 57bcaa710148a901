package dev.vitrine.backup.service;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names and rules of Vitrine's backup archive, written down for readers in {@code docs/backup-format.md}:
 * a ZIP with {@code manifest.json}, one {@code tables/<table>.jsonl} per table (one JSON object a line) and the
 * media files under {@code media/}.
 */
public final class BackupFormat {

    /** Raised when an archive incompatibly changes; readers refuse versions they don't know. */
    public static final int VERSION = 1;

    public static final String FORMAT_NAME = "vitrine-backup";
    public static final String MANIFEST = "manifest.json";
    public static final String TABLES = "tables/";
    public static final String TABLE_SUFFIX = ".jsonl";
    public static final String MEDIA = "media/";

    /** Flyway's own table: the schema version is in the manifest instead, and the restore makes the table anew. */
    public static final String FLYWAY_TABLE = "flyway_schema_history";

    /** A media file's path in the archive after {@code media/}: plain folder and file names, nothing hidden. */
    private static final Pattern MEDIA_PATH =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** Table and column names as written in the archive. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private BackupFormat() {}

    public static String tableEntry(String table) {
        return TABLES + table + TABLE_SUFFIX;
    }

    /** Names are lower case in the archive, whatever case the database reports them in. */
    public static String name(String databaseName) {
        return databaseName.toLowerCase(Locale.ROOT);
    }

    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    public static boolean isMediaPath(String path) {
        return MEDIA_PATH.matcher(path).matches() && !path.contains("..");
    }
}
