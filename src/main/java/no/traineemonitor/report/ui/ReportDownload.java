package no.traineemonitor.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.report.ReportTempFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button that makes a report and downloads it. While the report is made, a progress bar and "Preparing …" show (the
 * page polls, so it learns when the download is done); a failure says what went wrong, in the status line and as a
 * notification. The report is written to a temporary file first, so a failure never sends half a file.
 */
public class ReportDownload extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(ReportDownload.class);
    /** How often the page asks the server for news while a report is being made. */
    static final int POLL_MILLIS = 500;

    /** Writes the report. */
    @FunctionalInterface
    public interface Content extends Serializable {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The download where the user may have it (funders, analysts, administrators; a leader their programme's), else a
     * link to sign in, saying what is there to download. The report service checks again when the file is made.
     */
    public static com.vaadin.flow.component.Component orSignIn(boolean allowed, String label,
                                                               java.util.function.Supplier<ReportDownload> download) {
        if (allowed) {
            return download.get();
        }
        Anchor signIn = new Anchor("logg-inn", label);
        signIn.getElement().setAttribute("title", signIn.getTranslation("report.download.sign-in"));
        signIn.addClassName("download-sign-in");
        Span hint = new Span(signIn.getTranslation("report.download.sign-in"));
        hint.addClassName("muted");
        HorizontalLayout row = new HorizontalLayout(com.vaadin.flow.component.icon.VaadinIcon.LOCK.create(), signIn, hint);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final String what;
    private final SerializableSupplier<String> fileName;
    private @Nullable UI ui;

    /**
     * @param id          element id of the button (for tests and links)
     * @param label       the button's text
     * @param what        what is being made, for "Preparing …" (e.g. "the county report for 18 Nordland")
     * @param contentType e.g. the .xlsx type
     * @param fileName    the name the browser saves the file as
     * @param content     writes the report
     */
    public ReportDownload(String id, String label, String what, String contentType, SerializableSupplier<String> fileName,
                          Content content) {
        this.what = what;
        this.fileName = fileName;
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("report-download");
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Path file = ReportTempFiles.newDownloadFile();
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    content.writeTo(out);
                }
                return new DownloadResponse(new DeletingInputStream(file), fileName.get(), contentType, Files.size(file));
            } catch (UserFacingException e) {
                Files.deleteIfExists(file);
                whenDone(() -> failed(getTranslation("report.download.failed", e.getMessage())));
                return DownloadResponse.error(400, e.getMessage());
            } catch (org.springframework.security.access.AccessDeniedException e) {
                Files.deleteIfExists(file);
                whenDone(() -> failed(getTranslation("report.download.sign-in")));
                return DownloadResponse.error(403, "Sign in to download");
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                log.error("Report {} failed", id, e);
                whenDone(() -> failed(getTranslation("report.download.failed-unexpected")));
                return DownloadResponse.error(500, "The report could not be made");
            }
        }, new TransferProgressListener() {
            @Override
            public void onComplete(TransferContext context, long transferredBytes) {
                whenDone(() -> done(transferredBytes));
            }

            @Override
            public void onError(TransferContext context, IOException reason) {
                whenDone(() -> failed(getTranslation("report.download.failed", String.valueOf(reason.getMessage()))));
            }
        });
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        // the anchor makes the browser download; the button's click tells the server to show progress
        button.addClickListener(e -> preparing());
        Anchor anchor = new Anchor(handler, "");
        anchor.add(button);
        anchor.setId(id + "-link");
        progress.setIndeterminate(true);
        progress.setWidth("8em");
        progress.setVisible(false);
        status.addClassName("muted");
        status.setId(id + "-status");
        add(anchor, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    private void preparing() {
        progress.setVisible(true);
        status.setText(getTranslation("report.download.preparing", what));
        status.removeClassName("flag");
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void done(long bytes) {
        progress.setVisible(false);
        status.setText(getTranslation("report.download.done", fileName.get(), String.valueOf((bytes + 1023) / 1024)));
        stopPolling();
    }

    private void failed(String message) {
        progress.setVisible(false);
        status.setText(message);
        status.addClassName("flag");
        stopPolling();
        Notification n = Notification.show(message, 10_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void stopPolling() {
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    /** Runs a UI change from the download's thread, if the page is still there. */
    private void whenDone(Runnable change) {
        UI current = ui;
        if (current != null && current.isAttached()) {
            current.access(change::run);
        }
    }

    /** Reads the temporary report file and deletes it when closed. */
    private static final class DeletingInputStream extends FilterInputStream {

        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
