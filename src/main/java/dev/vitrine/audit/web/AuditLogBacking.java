package dev.vitrine.audit.web;

import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.audit.service.AuditFilter;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
    private List<String> actors;
    private List<String> targetTypes;
    private String actor;
    private String targetType;
    private String words;

    @PostConstruct
    void init() {
        actors = audit.actors();
        targetTypes = audit.targetTypes();
        table = Pages.lazy(
                (page, size) -> audit.list(new AuditFilter(actor, targetType, words), page, size), AuditEntry::getId);
    }

    /** A kind of target in words, for the filter ("产品", not PRODUCT). */
    public String target(String code) {
        return inWords("audit.target.", code);
    }

    public LazyDataModel<AuditEntry> getTable() {
        return table;
    }

    /** What was done, in words: "修改 产品 97", not "UPDATE PRODUCT 97" (a code without words stays as it is). */
    public String what(AuditEntry entry) {
        return inWords("audit.action.", entry.getAction()) + " " + inWords("audit.target.", entry.getTargetType())
                + (entry.getTargetId() == null ? "" : " " + entry.getTargetId());
    }

    /**
     * The summary, with an item's state at the time in words ("… [已发布]", not "[published]"), and an
     * inquiry's folder too ("垃圾询盘", not SPAM).
     */
    public String summary(AuditEntry entry) {
        String summary = entry.getSummary() == null ? "" : entry.getSummary();
        if ("INQUIRY".equals(entry.getTargetType()) && summary.matches("[A-Z_]+")) {
            return inWords("inquiry.folder.", summary);
        }
        Matcher state = STATE.matcher(summary);
        return state.find()
                ? summary.substring(0, state.start(1)) + Messages.text("admin.state." + state.group(1)) + "]"
                : summary;
    }

    public List<String> getActors() {
        return actors;
    }

    public List<String> getTargetTypes() {
        return targetTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    private static String inWords(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String words = Messages.text(prefix + code);
        return words.equals(prefix + code) ? code : words;
    }
}
