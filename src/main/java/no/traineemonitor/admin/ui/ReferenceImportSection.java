package no.traineemonitor.admin.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ui.ReferenceNote;
import no.traineemonitor.referenceimport.ImportRejectedException;
import no.traineemonitor.referenceimport.ImportText;
import no.traineemonitor.referenceimport.ReferencePlan;
import no.traineemonitor.referenceimport.ReferenceImportService;

/**
 * The admin page's reference data: the version in use, and the import of SSB tables 07459, 03321 and 11618 saved as
 * JSON-stat 2.0 as a new version. The result says what changed (reforms, population per county, or the commuting
 * coefficient per county and BA-region, before and after), that nothing changed (the same figures as the current
 * version), or every problem, in which case nothing changed.
 */
class ReferenceImportSection extends VerticalLayout {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferenceImportSection.class);

    private final ReferenceImportService imports;
    private final ReferenceService reference;
    private final VerticalLayout current = new VerticalLayout();
    private final UnorderedList versions = new UnorderedList();
    private final VerticalLayout result = new VerticalLayout();

    ReferenceImportSection(ReferenceImportService imports, ReferenceService reference) {
        this.imports = imports;
        this.reference = reference;
        setPadding(false);
        setId("admin-reference");
        current.setPadding(false);
        result.setPadding(false);
        result.setId("reference-import-result");
        Paragraph how = new Paragraph(getTranslation("admin.reference.how"));
        how.addClassName("muted");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> imported(metadata.fileName(), bytes)))));
        upload.setId("upload-reference");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReferenceImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setI18n(texts());
        upload.addFileRejectedListener(e -> showProblems(List.of(e.getErrorMessage())));
        versions.setId("reference-versions");
        add(new H3(getTranslation("admin.reference")), current, how, upload, result,
                new Paragraph(getTranslation("admin.reference.versions")), versions);
        showCurrent();
    }

    private void showCurrent() {
        current.removeAll();
        current.add(new ReferenceNote(reference.currentVersion()));
        versions.removeAll();
        var loaded = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        for (var v : reference.versions()) {
            versions.add(new ListItem(getTranslation("admin.reference.version", v.id(), v.title(getLocale()),
                    no.traineemonitor.reference.ReferenceVersion.date(v.figuresDate(), getLocale()),
                    v.commutingYear() == null ? "–" : String.valueOf(v.commutingYear()),
                    v.employmentYear() == null ? "–" : String.valueOf(v.employmentYear()),
                    // stored in the server's time zone; read in Norway's, as the log is
                    v.loadedAt().atZone(java.time.ZoneId.systemDefault()).withZoneSameInstant(java.time.ZoneId.of("Europe/Oslo"))
                            .format(loaded))));
        }
    }

    /** Imports an uploaded file and shows what changed, or every problem. */
    void imported(String fileName, byte[] bytes) {
        result.removeAll();
        try {
            long start = System.nanoTime();
            ReferencePlan plan = imports.importLive(bytes, fileName);
            int version = reference.currentVersion().id();
            ImportText.Words words = this::getTranslation;
            H4 done = new H4(getTranslation(plan.unchanged() ? "admin.reference.unchanged" : "admin.reference.imported", fileName));
            UnorderedList lines = new UnorderedList();
            lines.setId("reference-import-lines");
            ImportText.lines(plan, version, getLocale(), words).forEach(l -> lines.add(new ListItem(l)));
            result.add(done, lines);
            for (ImportText.Block block : ImportText.blocks(plan, getLocale(), words)) {
                UnorderedList list = new UnorderedList();
                list.setId(block.id());
                block.lines().forEach(l -> list.add(new ListItem(l)));
                result.add(new Paragraph(block.heading()), list);
            }
            log.info("Reference import of {} on /admin: {} ms", plan.table(), (System.nanoTime() - start) / 1_000_000);
            showCurrent();
        } catch (ImportRejectedException e) {
            showProblems(ImportText.problems(e.problems(), this::getTranslation));
        }
    }

    private void showProblems(List<String> lines) {
        result.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("reference-import-problems");
        lines.forEach(l -> list.add(new ListItem(l)));
        result.add(list);
    }

    private UploadI18N texts() {
        return no.traineemonitor.base.ui.UploadTexts.of(this::getTranslation, "admin.reference.add", "admin.reference.not-json");
    }
}
