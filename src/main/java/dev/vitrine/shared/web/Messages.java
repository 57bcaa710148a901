package dev.vitrine.shared.web;

import dev.vitrine.shared.text.RichText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** Faces messages from the {@code messages} bundle, in the current view's language. */
public final class Messages {

    private Messages() {}

    /** The text of a message key with its arguments, in the current view's language. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An error, next to the component {@code clientId}, or for the whole form with {@code null}. */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /**
     * After a save: says what cleaning took out of the text (see {@link RichText#clean}), if anything, so that
     * nobody wonders where part of a pasted text went.
     */
    public static void cleaned(String body) {
        Set<String> removed = body == null ? Set.of() : RichText.clean(body).removed();
        if (!removed.isEmpty()) {
            warn("admin.cleaned", String.join(", ", removed));
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
