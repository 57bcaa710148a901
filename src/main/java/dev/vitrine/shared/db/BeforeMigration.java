package dev.vitrine.shared.db;

import javax.sql.DataSource;

/**
 * Fired (synchronously) at start just before the schema is migrated, for what must happen to the database
 * before anything else touches it: a restore of a backup (backup.service.RestoreAtStart). An observer that throws
 * stops the start, as a failed migration does.
 */
public record BeforeMigration(DataSource dataSource, SqlDialect dialect) {}
