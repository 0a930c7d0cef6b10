package no.traineemonitor.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.Role;
import no.traineemonitor.reporting.ReturnMetric;
import no.traineemonitor.reporting.ReturnProblem;
import no.traineemonitor.reporting.ReturnService;
import no.traineemonitor.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The yearly return (/rapportering) for programme leaders, and administrators on their behalf: download the template
 * for a programme and year (pre-filled with what is known), upload it filled in or fill the same figures in the
 * browser, read every problem with where it is, see the preview against what the warehouse holds, and confirm. Nothing
 * is stored before the confirmation; a leader reports for their own programme only ({@code ?program=} of another is
 * refused with a message, and the service checks again).
 */
@Route("rapportering")
@PageTitle("Traineemonitor – årsrapportering")
@Menu(order = 70, title = "nav.reporting")
@RolesAllowed({"LEADER", "ADMIN"})
class ReportingView extends VerticalLayout implements BeforeEnterObserver {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReturnService returns;
    private final ProgrammeService programmes;
    private final AppUser user;

    private final ComboBox<Programme> programmeBox = new ComboBox<>();
    private final Select<Integer> yearSelect = new Select<>();
    private final Paragraph refused = new Paragraph();
    private final Div result = new Div();
    private final Map<String, Component> formFields = new LinkedHashMap<>();
    private final ReturnsGrid ownReturns;
    private final Upload upload;
    private @Nullable String programmeId;
    private int year;

    /** A return read and checked, waiting for the user's confirmation. */
    private record Pending(ReturnService.Checked checked, String channel, byte[] file, String fileName) {
    }

    ReportingView(ReturnService returns, ProgrammeService programmes, CurrentUser currentUser) {
        this.returns = returns;
        this.programmes = programmes;
        this.user = currentUser.get().orElseThrow();
        setWidthFull();
        setMaxWidth("72em");
        add(new H2(getTranslation("reporting.view.title")));
        Paragraph intro = new Paragraph(getTranslation("reporting.view.intro"));
        add(intro);
        refused.setId("reporting-refused");
        refused.addClassName("flag");
        refused.setVisible(false);
        add(refused);

        programmeBox.setLabel(getTranslation("reporting.view.programme"));
        programmeBox.setItemLabelGenerator(Programme::name);
        programmeBox.setId("reporting-programme");
        programmeBox.setWidth("24em");
        List<Programme> mine = reportable();
        programmeBox.setItems(mine);
        programmeBox.setReadOnly(!user.has(Role.ADMIN));
        yearSelect.setLabel(getTranslation("reporting.view.year"));
        yearSelect.setId("reporting-year");
        yearSelect.setItems(IntStream.iterate(returns.latestYear(), y -> y >= ReturnService.FIRST_YEAR, y -> y - 1).boxed().toList());
        yearSelect.setWidth("8em");
        HorizontalLayout choose = new HorizontalLayout(programmeBox, yearSelect);
        choose.setAlignItems(Alignment.BASELINE);
        add(choose);

        add(new H3(getTranslation("reporting.view.excel")));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = returns.templateWorkbook(selectedProgramme(), year, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), returns.templateFileName(selectedProgramme(), year),
                    XLSX, bytes.length);
        }), "");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("reporting.view.download-template")));
        template.setId("download-template");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> uploaded(metadata.fileName(), bytes)))));
        upload.setId("upload-return");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReturnService.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showProblems(List.of(e.getErrorMessage())));
        Paragraph excelHow = new Paragraph(getTranslation("reporting.view.excel-how"));
        excelHow.addClassName("muted");
        add(new HorizontalLayout(template), excelHow, upload);

        Details form = new Details(getTranslation("reporting.view.form"), formLayout());
        form.setId("return-form");
        form.setWidthFull();
        add(form);

        result.setId("return-result");
        result.setWidthFull();
        add(result);

        add(new H3(getTranslation("reporting.view.returns")));
        ownReturns = new ReturnsGrid(returns, null, null);
        ownReturns.setId("own-returns");
        ownReturns.emptyText().setId("no-returns");
        add(ownReturns, ownReturns.emptyText());

        programmeBox.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().programmeId(), year);
            }
        });
        yearSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(selectedProgramme(), e.getValue());
            }
        });
    }

    /** The upload's own texts in the reader's language (Vaadin's are English). */
    private UploadI18N uploadTexts() {
        return no.traineemonitor.base.ui.UploadTexts.of(this::getTranslation, "reporting.upload.add", "reporting.upload.not-xlsx");
    }

    /** The programmes this user may report for: a leader their own, an administrator every one. */
    private List<Programme> reportable() {
        if (user.has(Role.ADMIN)) {
            return programmes.programmes(null, null, null).stream().sorted(Comparator.comparing(Programme::name)).toList();
        }
        return user.programmeId() == null ? List.of() : programmes.programme(user.programmeId()).stream().toList();
    }

    /** {@code ?program=ID&aar=YYYY}; another programme than a leader's own, or an unknown year, is refused with a message. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        List<Programme> mine = reportable();
        String wanted = q.containsKey("program") ? q.get("program").getFirst() : null;
        String chosen = mine.isEmpty() ? null : mine.getFirst().programmeId();
        List<String> problems = new ArrayList<>();
        if (wanted != null) {
            if (mine.stream().anyMatch(p -> p.programmeId().equals(wanted))) {
                chosen = wanted;
            } else {
                problems.add(programmes.programme(wanted).isPresent()
                        ? getTranslation("reporting.view.not-yours", programmes.programme(wanted).get().name())
                        : getTranslation("reporting.view.unknown-programme"));
            }
        }
        int chosenYear = returns.latestYear();
        if (q.containsKey("aar")) {
            String y = q.get("aar").getFirst();
            if (y.matches("\\d{4}") && Integer.parseInt(y) >= ReturnService.FIRST_YEAR
                    && Integer.parseInt(y) <= returns.latestYear()) {
                chosenYear = Integer.parseInt(y);
            } else {
                problems.add(getTranslation("reporting.view.bad-year", y, Integer.toString(ReturnService.FIRST_YEAR),
                        Integer.toString(returns.latestYear())));
            }
        }
        refused.setText(String.join(" ", problems));
        refused.setVisible(!problems.isEmpty());
        if (chosen == null) {
            refused.setText(getTranslation("reporting.view.no-programme"));
            refused.setVisible(true);
            return;
        }
        select(chosen, chosenYear);
    }

    private void select(String programme, int newYear) {
        this.programmeId = programme;
        this.year = newYear;
        programmes.programme(programme).ifPresent(programmeBox::setValue);
        yearSelect.setValue(newYear);
        result.removeAll();
        fillForm(returns.knownValues(programme, newYear));
        showReturns(programme);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "rapportering?" + QueryParameters.simple(Map.of("program", programme, "aar", Integer.toString(newYear)))
                        .getQueryString()));
    }

    private void showReturns(String programme) {
        ownReturns.show(returns.returnsOf(programme), returns.inUse());
    }

    private String selectedProgramme() {
        if (programmeId == null) {
            throw new IllegalStateException("No programme chosen");
        }
        return programmeId;
    }

    // --- the Excel route -------------------------------------------------------------------------------------------

    private void uploaded(String fileName, byte[] bytes) {
        upload.clearFileList(); // ready for the corrected file
        ReturnService.Checked checked = returns.readWorkbook(bytes, selectedProgramme(), year);
        if (!checked.valid()) {
            showProblems(checked.problems().stream().map(p -> returns.describe(p, getLocale())).toList());
            return;
        }
        showPreview(new Pending(checked, "upload", bytes, fileName));
    }

    // --- the browser form ------------------------------------------------------------------------------------------

    private Component formLayout() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        String section = "";
        for (ReturnMetric m : returns.template()) {
            if (!m.section().equals(section)) {
                section = m.section();
                H3 heading = new H3(getTranslation("reporting.section." + section));
                layout.add(heading, 2);
            }
            Component field;
            if (m.unit().equals("choice")) {
                Select<String> select = new Select<>();
                select.setItems(m.choices());
                select.setItemLabelGenerator(c -> c == null || c.isEmpty() ? "" : getTranslation("reporting.choice." + c));
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("reporting.view.unknown"));
                select.setLabel(m.label(getLocale()));
                select.setHelperText(m.definition(getLocale()));
                field = select;
            } else {
                TextField text = new TextField(m.label(getLocale()) + (m.required() ? " *" : ""));
                text.setHelperText(m.definition(getLocale()) + " (" + getTranslation("reporting.unit." + m.unit()) + ")");
                text.setClearButtonVisible(true);
                field = text;
            }
            field.setId("form-" + m.metricId());
            formFields.put(m.metricId(), field);
            layout.add(field);
        }
        Button check = new Button(getTranslation("reporting.view.check-form"), e -> checkForm());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("check-form");
        Paragraph note = new Paragraph(getTranslation("reporting.view.form-how"));
        note.addClassName("muted");
        return new VerticalLayout(note, layout, check);
    }

    @SuppressWarnings("unchecked")
    private void fillForm(Map<String, String> known) {
        formFields.forEach((id, field) -> {
            String v = known.get(id);
            if (field instanceof Select<?> s) {
                ((Select<String>) s).setValue(v);
                s.setInvalid(false);
            } else if (field instanceof TextField t) {
                t.setValue(v == null ? "" : v);
                t.setInvalid(false);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void checkForm() {
        Map<String, String> values = new LinkedHashMap<>();
        formFields.forEach((id, field) -> {
            if (field instanceof Select<?> s) {
                String v = ((Select<String>) s).getValue();
                values.put(id, v == null ? "" : v);
            } else if (field instanceof TextField t) {
                values.put(id, t.getValue());
            }
        });
        ReturnService.Checked checked = returns.checkForm(selectedProgramme(), year, values, Map.of());
        formFields.values().forEach(f -> {
            if (f instanceof TextField t) {
                t.setInvalid(false);
            } else if (f instanceof Select<?> s) {
                s.setInvalid(false);
            }
        });
        if (!checked.valid()) {
            for (ReturnProblem p : checked.problems()) {
                Component f = formFields.get(p.metricId());
                String text = returns.describe(p, getLocale());
                if (f instanceof TextField t) {
                    t.setErrorMessage(text);
                    t.setInvalid(true);
                } else if (f instanceof Select<?> s) {
                    s.setErrorMessage(text);
                    s.setInvalid(true);
                }
            }
            showProblems(checked.problems().stream().map(p -> returns.describe(p, getLocale())).toList());
            return;
        }
        byte[] file = returns.formWorkbook(checked, getLocale());
        showPreview(new Pending(checked, "form", file, returns.templateFileName(selectedProgramme(), year)));
    }

    // --- problems, preview, confirmation ---------------------------------------------------------------------------

    private void showProblems(List<String> problems) {
        result.removeAll();
        Paragraph head = new Paragraph(getTranslation("reporting.view.problems", problems.size()));
        head.addClassName("flag");
        UnorderedList list = new UnorderedList();
        list.setId("return-problems");
        problems.forEach(p -> list.add(new ListItem(p)));
        Paragraph nothing = new Paragraph(getTranslation("reporting.view.nothing-stored"));
        nothing.addClassName("muted");
        result.add(head, list, nothing);
        result.scrollIntoView();
    }

    private void showPreview(Pending pending) {
        result.removeAll();
        List<ReturnService.PreviewLine> lines = returns.preview(pending.checked());
        long changed = lines.stream().filter(l -> l.change() == ReturnService.Change.CHANGED).count();
        long added = lines.stream().filter(l -> l.change() == ReturnService.Change.NEW).count();
        H3 head = new H3(getTranslation("reporting.view.preview", programmeName(), Integer.toString(year)));
        Paragraph summary = new Paragraph(getTranslation("reporting.view.preview-summary", added, changed));
        summary.setId("preview-summary");
        Grid<ReturnService.PreviewLine> grid = new Grid<>();
        grid.setId("return-preview");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.metric().label(getLocale())).setHeader(getTranslation("reporting.view.col.figure"))
                .setKey("figure").setFlexGrow(3);
        grid.addColumn(l -> l.reported() == null ? "" : shown(l.metric(), l.reported().display()))
                .setHeader(getTranslation("reporting.view.col.reported")).setKey("reported").setFlexGrow(1);
        grid.addColumn(l -> l.current() == null ? "" : shown(l.metric(), l.current())
                        + (l.currentSource() == null ? "" : " (" + l.currentSource() + ")"))
                .setHeader(getTranslation("reporting.view.col.current")).setKey("current").setFlexGrow(3);
        grid.addComponentColumn(l -> {
            Span s = new Span(getTranslation("reporting.change." + l.change().name().toLowerCase(java.util.Locale.ROOT)));
            s.addClassName(l.change() == ReturnService.Change.CHANGED ? "flag" : l.change() == ReturnService.Change.NEW
                    ? "badge-ok" : "muted");
            return s;
        }).setHeader(getTranslation("reporting.view.col.change")).setKey("change").setFlexGrow(1);
        grid.setItems(lines);
        Button confirm = new Button(getTranslation("reporting.view.confirm"), e -> confirm(pending));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("confirm-return");
        confirm.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("reporting.view.cancel"), e -> result.removeAll());
        cancel.setId("cancel-return");
        Paragraph nothing = new Paragraph(getTranslation("reporting.view.not-yet-stored"));
        nothing.addClassName("muted");
        result.add(head, summary, grid, nothing, new HorizontalLayout(confirm, cancel));
        result.scrollIntoView();
    }

    private void confirm(Pending pending) {
        result.removeAll();
        var stored = returns.confirm(pending.checked(), pending.channel(), pending.file(), pending.fileName());
        Paragraph done = new Paragraph(getTranslation("reporting.view.stored", programmeName(), Integer.toString(stored.year()),
                stored.version()));
        done.setId("return-stored");
        done.addClassName("badge-ok");
        Anchor ranking = new Anchor("sammenlign?program=" + stored.programmeId(), getTranslation("reporting.view.see-ranking"));
        ranking.setId("see-ranking");
        result.add(done, ranking);
        showReturns(stored.programmeId());
        fillForm(returns.knownValues(stored.programmeId(), stored.year()));
    }

    private String shown(ReturnMetric m, String value) {
        return FigureText.shown(m, value, getLocale(), this);
    }

    private String programmeName() {
        return programmes.programme(selectedProgramme()).map(Programme::name).orElse("");
    }
}
