package dev.vitrine.moving.web;

import dev.vitrine.moving.service.MoveInReport;
import dev.vitrine.moving.service.MoveInReport.Action;
import dev.vitrine.moving.service.MoveInService;
import dev.vitrine.moving.service.MoveInUpload;
import dev.vitrine.moving.service.OldAddressService;
import dev.vitrine.moving.service.OldAddressService.Redirect;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.web.Messages;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The import page ({@code /admin/moving/import}): an admin uploads another system's export, sees what the import
 * will do (a dry run), then runs it; the old addresses kept so far are listed below.
 */
@Named
@ViewScoped
public class MoveInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Old addresses shown on the page. */
    private static final int ADDRESSES_SHOWN = 100;

    @Inject
    private transient MoveInService moving;

    @Inject
    private transient OldAddressService oldAddresses;

    /** The uploaded export, read; null before an upload. */
    private transient MoveInUpload upload;

    private MoveInReport report;

    private transient PageResult<Redirect> redirects;

    public void upload(FileUploadEvent event) throws IOException {
        close();
        report = null;
        try (InputStream in = event.getFile().getInputStream()) {
            upload = MoveInUpload.read(in);
            report = moving.plan(upload.site(), upload.pictures());
        } catch (BusinessException refused) {
            close();
            Messages.error(event.getComponent().getClientId(), refused.getMessageKey(), refused.getArguments());
        }
    }

    public void run() {
        if (upload == null) {
            Messages.error(null, "moving.uploadFirst");
            return;
        }
        report = moving.run(upload.site(), upload.pictures());
        redirects = null;
        close();
        Messages.info("moving.done");
    }

    @PreDestroy
    void close() {
        if (upload != null) {
            upload.close();
            upload = null;
        }
    }

    public MoveInReport getReport() {
        return report;
    }

    public boolean isReady() {
        return upload != null && report != null && !report.written();
    }

    /** A row of the report's counts. */
    public record CountRow(String what, int created, int updated, int refused) {}

    public List<CountRow> getCounts() {
        return report == null
                ? List.of()
                : report.counts().keySet().stream()
                        .map(what -> new CountRow(
                                what,
                                report.count(what, Action.NEW),
                                report.count(what, Action.UPDATED),
                                report.count(what, Action.REFUSED)))
                        .toList();
    }

    /** The first old addresses, read once per view of the page (a run reads them again). */
    public PageResult<Redirect> getRedirects() {
        if (redirects == null) {
            redirects = oldAddresses.list(1, ADDRESSES_SHOWN);
        }
        return redirects;
    }
}
