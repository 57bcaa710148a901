package dev.vitrine.audit.web;

import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.LazyDataModel;

/** The audit log ({@code /admin/audit}, admins only), newest first. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    /** How an item's summary ends: its state when the change was made (ItemEditService). */
    private static final Pattern STATE = Pattern.compile("\\[(draft|scheduled|published)\\]$");

    private LazyDataModel<AuditEntry> table;

    @PostConstruct
    void init() {
        table = Pages.lazy(audit::listNewest, AuditEntry::getId);
    }

    public LazyDataModel<AuditEntry> getTable() {
        return table;
    }

    /** What was done, in words: "修改 产品 97", not "UPDATE PRODUCT 97" (a code without words stays as it is). */
    public String what(AuditEntry entry) {
        return inWords("audit.action.", entry.getAction()) + " " + inWords("audit.target.", entry.getTargetType())
                + (entry.getTargetId() == null ? "" : " " + entry.getTargetId());
    }

    /** The summary, with an item's state at the time in words ("… [已发布]", not "[published]"). */
    public String summary(AuditEntry entry) {
        String summary = entry.getSummary() == null ? "" : entry.getSummary();
        Matcher state = STATE.matcher(summary);
        return state.find()
                ? summary.substring(0, state.start(1)) + Messages.text("admin.state." + state.group(1)) + "]"
                : summary;
    }

    private static String inWords(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String words = Messages.text(prefix + code);
        return words.equals(prefix + code) ? code : words;
    }
}
