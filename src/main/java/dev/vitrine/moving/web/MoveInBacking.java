package dev.vitrine.moving.web;

import dev.vitrine.media.service.RemotePictures;
import dev.vitrine.moving.service.BackgroundMoveIn;
import dev.vitrine.moving.service.MoveInProgress;
import dev.vitrine.moving.service.MoveInReport;
import dev.vitrine.moving.service.MoveInReport.Action;
import dev.vitrine.moving.service.MoveInService;
import dev.vitrine.moving.service.MoveInUpload;
import dev.vitrine.moving.service.OldAddressService;
import dev.vitrine.moving.service.OldAddressService.Redirect;
import dev.vitrine.moving.service.OldSiteDatabase;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.event.FileUploadEvent;

/**
 * The import page ({@code /admin/moving/import}): an admin uploads another system's export, or has the old site's
 * database read, sees what the import will do (a dry run), then runs it; the old addresses kept so far are listed
 * below.
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
    private transient BackgroundMoveIn background;

    @Inject
    private transient OldAddressService oldAddresses;

    /** The uploaded export, read; null before an upload. */
    private transient MoveInUpload upload;

    private MoveInReport report;

    /** The import running in the background since "Import now"; null otherwise. */
    private transient Future<MoveInReport> running;

    private MoveInProgress progress;

    /** Whether pictures the upload lacks are fetched from the old site. */
    private boolean fetchMissing;

    private transient PageResult<Redirect> redirects;

    private String databaseHost;
    private Integer databasePort = OldSiteDatabase.DEFAULT_PORT;
    private String databaseName;
    private String databaseUser;
    /** Never shown again: the page's password field doesn't redisplay it. */
    private String databasePassword;

    public void upload(FileUploadEvent event) throws IOException {
        close();
        report = null;
        try (InputStream in = event.getFile().getInputStream()) {
            upload = MoveInUpload.read(in);
            report = moving.plan(upload.site(), upload.pictures(fetchMissing));
        } catch (BusinessException refused) {
            close();
            Messages.error(event.getComponent().getClientId(), refused.getMessageKey(), refused.getArguments());
        }
    }

    /** Reads the old site's database instead of an upload, and plans as for an upload. */
    public void readDatabase() {
        close();
        report = null;
        try {
            OldSiteDatabase database =
                    new OldSiteDatabase(databaseHost, databasePort, databaseName, databaseUser, databasePassword);
            database.checkHostFor(new RemotePictures());
            upload = MoveInUpload.read(database);
            report = moving.plan(upload.site(), upload.pictures(fetchMissing));
        } catch (BusinessException refused) {
            close();
            Messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
    }

    /** After the choice to fetch missing pictures or not: the plan again, as it now would be. */
    public void replan() {
        if (upload != null && running == null) {
            report = moving.plan(upload.site(), upload.pictures(fetchMissing));
        }
    }

    public String getDatabaseHost() {
        return databaseHost;
    }

    public void setDatabaseHost(String databaseHost) {
        this.databaseHost = databaseHost;
    }

    public Integer getDatabasePort() {
        return databasePort;
    }

    public void setDatabasePort(Integer databasePort) {
        this.databasePort = databasePort;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }

    public String getDatabaseUser() {
        return databaseUser;
    }

    public void setDatabaseUser(String databaseUser) {
        this.databaseUser = databaseUser;
    }

    public String getDatabasePassword() {
        return databasePassword;
    }

    public void setDatabasePassword(String databasePassword) {
        this.databasePassword = databasePassword;
    }

    public boolean isFetchMissing() {
        return fetchMissing;
    }

    public void setFetchMissing(boolean fetchMissing) {
        this.fetchMissing = fetchMissing;
    }

    /** Starts the import; the page then polls {@link #check} until it is done. */
    public void run() {
        if (upload == null) {
            Messages.error(null, "moving.uploadFirst");
            return;
        }
        progress = new MoveInProgress();
        running = background.run(upload, fetchMissing, progress);
        upload = null; // closed by the import when done
    }

    /** Whether the import has finished: then its report, or why nothing was saved. */
    public void check() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            report = running.get();
            Messages.info("moving.done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof BusinessException refused) {
                Messages.error(null, refused.getMessageKey(), refused.getArguments());
            } else {
                Messages.error(null, "moving.failed", String.valueOf(failed.getCause()));
            }
        } finally {
            running = null;
            redirects = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public MoveInProgress getProgress() {
        return progress;
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
        return upload != null && report != null && !report.written() && running == null;
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
