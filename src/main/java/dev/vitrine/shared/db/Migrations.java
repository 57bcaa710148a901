package dev.vitrine.shared.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway as Vitrine runs it: the scripts in {@code db/migration}, with the dialect's placeholders. */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, SqlDialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load();
    }
}
