package dev.vitrine.shared.db;

import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.metrics.Metrics;
import io.micrometer.core.instrument.Counter;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source that the application server pools, pointed at the database named by the
 * environment when it is created, so that one WAR serves H2, PostgreSQL and MariaDB without a rebuild
 * and without any server-side set-up.
 *
 * <p>The drivers ship in the WAR; this class finds the one that accepts the URL through the
 * {@link ServiceLoader} of its own class loader, which works the same on every server (unlike
 * {@link java.sql.DriverManager}, which only sees drivers visible to the caller's class loader).
 */
public class VitrineDataSource implements DataSource {

    /** One per application: the first connection of a start waits for the database. */
    private static final FirstConnection FIRST = new FirstConnection(
            DatabaseSettings.fromConfig().safeUrl(),
            Duration.ofSeconds(
                    Long.parseLong(VitrineConfig.get("VITRINE_DB_WAIT_SECONDS").orElse("60"))),
            Duration.ofSeconds(2));

    /** Connections opened to the database, by the server's pool (and the view counts' standby). */
    private static final Counter OPENED = Counter.builder("vitrine.db.connections.opened")
            .description("Connections the server's pool (and the view counts' standby) opened to the database")
            .register(Metrics.registry());

    private static final Counter FAILED = Counter.builder("vitrine.db.connections.failed")
            .description("Attempts to open a connection to the database that failed")
            .register(Metrics.registry());

    private final DatabaseSettings settings = DatabaseSettings.fromConfig();
    private final Driver driver = findDriver(settings.url());
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;
    private String dataSourceName = "vitrine";

    static Driver findDriver(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, VitrineDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // A driver that can't judge the URL is not the one.
            }
        }
        throw new IllegalStateException("No JDBC driver in Vitrine accepts the database URL "
                + url.replaceAll("\\?.*", "") + " (supported: jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        boolean noUser = user == null || user.isEmpty();
        String chosenUser = noUser ? settings.user() : user;
        String chosenPassword = noUser ? settings.password() : password;
        // Only what was set, so that credentials written into the URL still count.
        if (!chosenUser.isEmpty()) {
            properties.setProperty("user", chosenUser);
        }
        if (chosenPassword != null && !chosenPassword.isEmpty()) {
            properties.setProperty("password", chosenPassword);
        }
        try {
            Connection opened = FIRST.open(() -> {
                Connection connection = driver.connect(settings.url(), properties);
                if (connection == null) {
                    throw new SQLException("The driver refused the database URL " + settings.safeUrl());
                }
                return connection;
            });
            OPENED.increment();
            return opened;
        } catch (SQLException | RuntimeException e) {
            FAILED.increment();
            throw e;
        }
    }

    /** A name for this data source; servers set it from the data source definition. */
    public String getDataSourceName() {
        return dataSourceName;
    }

    public void setDataSourceName(String dataSourceName) {
        this.dataSourceName = dataSourceName;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
