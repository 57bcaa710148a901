package dev.vitrine.shared.db;

import dev.vitrine.shared.Hmac;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Keys for signing, derived from one random secret kept in the database (table {@code site_key}): every
 * instance of the site reads the same secret, and nothing else has it, so a form token, a visitor's
 * fingerprint or a change message signed by one instance is checked by another without any secret passing
 * through the data grid. The secret is made by the first instance that asks (a second one racing it reads
 * the winner's) and never changes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SiteKeys {

    private static final String MASTER = "master";

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    private volatile byte[] master;

    /** The key for one purpose ({@code "form"}, {@code "changes"}...): the same on every instance. */
    public byte[] key(String purpose) {
        return Hmac.sha256(master(), purpose);
    }

    private byte[] master() {
        byte[] known = master;
        if (known == null) {
            synchronized (this) {
                if (master == null) {
                    master = Base64.getDecoder().decode(readOrMake());
                }
                known = master;
            }
        }
        return known;
    }

    private String readOrMake() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = read(connection);
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO site_key (name, secret) VALUES (?, ?)")) {
                insert.setString(1, MASTER);
                insert.setString(2, Base64.getEncoder().encodeToString(secret));
                insert.executeUpdate();
            } catch (SQLException raced) {
                // another instance made it first: its secret is the site's
            }
            return read(connection)
                    .orElseThrow(() -> new IllegalStateException("The site's secret could not be stored"));
        } catch (SQLException e) {
            throw new IllegalStateException("The site's secret could not be read: " + e.getMessage(), e);
        }
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM site_key WHERE name = ?")) {
            select.setString(1, MASTER);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
