package dev.vitrine.audit.web;

import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The audit log ({@code /admin/audit}, admins only), newest first. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private LazyDataModel<AuditEntry> table;

    @PostConstruct
    void init() {
        table = Pages.lazy(audit::listNewest, AuditEntry::getId);
    }

    public LazyDataModel<AuditEntry> getTable() {
        return table;
    }
}
