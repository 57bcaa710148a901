package dev.vitrine.shared.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway as Vitrine runs it: the scripts in {@code db/migration}, with the dialect's placeholders. */
public final class Migrations {

    private Migrations() {}

    public static Flyway flyway(DataSource dataSource, SqlDialect dialect) {
        return configure(dataSource, dialect).load();
    }

    /** The configuration, for callers that set more (a target version, say). */
    public static FluentConfiguration configure(DataSource dataSource, SqlDialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders());
    }
}
