package dev.vitrine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A file attached to an item for visitors to download: where it is stored, its name and size. */
@Embeddable
public class ItemFile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 200;

    /** Where the file lives in the media store ({@code files/202612/<random>.pdf}). */
    @Column(nullable = false, length = 200)
    private String path;

    /** The name it was uploaded with, which a download is saved under. */
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected ItemFile() {
        // for JPA
    }

    public ItemFile(String path, String name, long sizeBytes) {
        this.path = path;
        this.name = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
        this.sizeBytes = sizeBytes;
    }

    public String getPath() {
        return path;
    }

    public String getName() {
        return name;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The kind of file, as people name it: PDF, DOCX, ZIP... */
    public String getType() {
        return path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    /** The size as people read it: 820 KB, 3.4 MB. */
    public String getSize() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
    }

    /** One line of a revision's snapshot: path, name and size, tab-separated. */
    String asLine() {
        return path + "\t" + name + "\t" + sizeBytes;
    }

    static ItemFile ofLine(String line) {
        String[] parts = line.split("\t", 3);
        return new ItemFile(
                parts[0], parts.length > 1 ? parts[1] : parts[0], parts.length > 2 ? Long.parseLong(parts[2]) : 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemFile file && path.equals(file.path) && name.equals(file.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, name);
    }
}
