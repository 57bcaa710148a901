package dev.vitrine.moving.service;

import dev.vitrine.media.service.RemotePictures;
import dev.vitrine.shared.BusinessException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.mariadb.jdbc.Driver;

/**
 * The old site's MySQL or MariaDB database, read over a connection while the old site still runs: the tables a
 * dump of it would hold. It goes through the MariaDB driver the WAR carries for its own database, but not through
 * the server's data sources, read-only, with every option set here: of the admin only host, port, database, user
 * and password are taken, none as part of an address they could add options to. Loading local files is off (with
 * it, a hostile server could read this server's files), the connection is given 10 s and each read 10 minutes.
 */
public final class OldSiteDatabase {

    public static final int DEFAULT_PORT = 3306;

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_$-]{1,64}");

    private final String host;
    private final int port;
    private final String name;
    private final String user;
    private final String password;

    /**
     * @throws BusinessException {@code moving.database.*} for a host, port, database name or user that can't be one
     */
    public OldSiteDatabase(String host, Integer port, String name, String user, String password) {
        this.host = host == null ? "" : host.strip();
        this.port = port == null ? DEFAULT_PORT : port;
        this.name = name == null ? "" : name.strip();
        this.user = user == null ? "" : user.strip();
        this.password = password == null ? "" : password;
        if (!HOST.matcher(this.host).matches()) {
            throw new BusinessException("moving.database.host", this.host);
        }
        if (this.port < 1 || this.port > 65535) {
            throw new BusinessException("moving.database.port", this.port);
        }
        if (!NAME.matcher(this.name).matches()) {
            throw new BusinessException("moving.database.name", this.name);
        }
        if (this.user.isEmpty() || this.user.length() > 80) {
            throw new BusinessException("moving.database.user");
        }
    }

    /**
     * Refuses a host staff may not have this server connect to: one of a private network, unless the operator
     * allowed it ({@code VITRINE_FETCH_ALLOWED_HOSTS}, as for the old site's pictures). The operator's own script
     * may connect anywhere.
     */
    public void checkHostFor(RemotePictures hosts) {
        try {
            hosts.checkHost(host.replaceAll("^\\[|]$", ""), port);
        } catch (BusinessException refused) {
            throw new BusinessException(
                    refused.getMessageKey().replace("remote.", "moving.database."), host + ":" + port);
        }
    }

    /**
     * Reads every table of the database into {@code tables}.
     *
     * @throws BusinessException {@code moving.database.refused} when it can't be reached or read, with the reason
     */
    void read(SourceTables tables) {
        Properties options = new Properties();
        options.setProperty("user", user);
        options.setProperty("password", password);
        options.setProperty("allowLocalInfile", "false");
        options.setProperty("connectTimeout", "10000");
        options.setProperty("socketTimeout", "600000");
        // MySQL 8's default sign-in without TLS asks for the server's key; old shared hosts have no TLS
        options.setProperty("allowPublicKeyRetrieval", "true");
        try (Connection db = new Driver().connect("jdbc:mariadb://" + host + ":" + port + "/" + name, options)) {
            db.setReadOnly(true);
            List<String> names = new ArrayList<>();
            try (Statement statement = db.createStatement();
                    ResultSet found = statement.executeQuery("SHOW TABLES")) {
                while (found.next()) {
                    names.add(found.getString(1));
                }
            }
            DatabaseTables.read(db, names, tables);
        } catch (SQLException e) {
            throw new BusinessException("moving.database.refused", host + ":" + port + "/" + name, e.getMessage());
        }
    }

    /** Where it is, without the password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + name;
    }
}
