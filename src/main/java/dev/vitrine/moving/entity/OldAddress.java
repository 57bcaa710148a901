package dev.vitrine.moving.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An address the old site answered ({@code /?p=15}, {@code /2024/03/12/hello/}), kept so that it answers a
 * permanent redirect to the page of what an import made of it.
 */
@Entity
@Table(name = "old_address")
@NamedQuery(name = OldAddress.ALL, query = "SELECT a.address, e.itemId, e.categoryId FROM OldAddress a JOIN a.entry e")
@NamedQuery(name = OldAddress.OF_ENTRIES, query = "SELECT a FROM OldAddress a WHERE a.entry IN :entries")
public class OldAddress extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "OldAddress.all";
    public static final String OF_ENTRIES = "OldAddress.ofEntries";
    public static final int LENGTH = 500;

    @Column(nullable = false, length = LENGTH)
    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private MovedEntry entry;

    protected OldAddress() {
        // for JPA
    }

    public OldAddress(String address, MovedEntry entry) {
        this.address = normalize(address);
        this.entry = entry;
    }

    public String getAddress() {
        return address;
    }

    public MovedEntry getEntry() {
        return entry;
    }

    /**
     * An address as it is kept and looked up: its path and query decoded (WordPress links Chinese names
     * percent-encoded, a browser may send them either way), without the slash at the end of a path.
     */
    public static String normalize(String pathAndQuery) {
        String decoded;
        try {
            decoded = URLDecoder.decode(pathAndQuery.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = pathAndQuery;
        }
        int query = decoded.indexOf('?');
        String path = query < 0 ? decoded : decoded.substring(0, query);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path + (query < 0 ? "" : decoded.substring(query));
    }
}
