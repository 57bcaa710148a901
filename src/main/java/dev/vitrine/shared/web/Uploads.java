package dev.vitrine.shared.web;

import dev.vitrine.shared.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import org.primefaces.event.FileUploadEvent;

/**
 * A picture arriving through a PrimeFaces upload: its bytes are handed to whoever stores it, and a refusal
 * is shown next to the upload, naming the file. Any file gets here (the server does all the checking), so
 * a file with an odd name or of the wrong kind is told why rather than silently dropped.
 */
public final class Uploads {

    /** Stores what was uploaded and gives its path; refuses with a {@link BusinessException}. */
    @FunctionalInterface
    public interface Store {
        String from(InputStream content) throws IOException;
    }

    private Uploads() {}

    /** The stored path, or {@code null} after telling the staff member why the file was refused. */
    public static String store(FileUploadEvent event, Store store) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            return store.from(in);
        } catch (BusinessException refused) {
            Messages.error(event.getComponent().getClientId(), refused.getMessageKey(), nameOf(event));
            return null;
        }
    }

    /** The file's name as the browser gave it, or nothing if PrimeFaces finds it unfit to use. */
    private static String nameOf(FileUploadEvent event) {
        try {
            return event.getFile().getFileName();
        } catch (RuntimeException unfit) {
            return "";
        }
    }
}
