package no.traineemonitor.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reporting.ReturnService;
import no.traineemonitor.reporting.ReturnService.FigureChange;
import org.jspecify.annotations.Nullable;

/**
 * The history of every reported figure (/historikk) for county analysts and administrators: per programme and year,
 * which version first gave a figure, changed it (with the value before) or left it out, by whom and when, and whether
 * that version is the one in use, replaced or withdrawn. Below, the returns themselves with their files.
 */
@Route("historikk")
@PageTitle("Traineemonitor – historikk")
@Menu(order = 75, title = "nav.history")
@RolesAllowed({"ANALYST", "ADMIN"})
class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final ReturnService returns;
    private final ProgrammeService programmes;
    private final ComboBox<Programme> programmeBox = new ComboBox<>();
    private final Grid<FigureChange> changes = new Grid<>();
    private final ReturnsGrid returnsGrid;
    private final Paragraph empty = new Paragraph();
    private final Paragraph refused = new Paragraph();
    private final H3 returnsHeading = new H3();

    HistoryView(ReturnService returns, ProgrammeService programmes) {
        this.returns = returns;
        this.programmes = programmes;
        setWidthFull();
        setMaxWidth("76em");
        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")));
        refused.addClassName("flag");
        refused.setId("history-refused");
        refused.setVisible(false);
        add(refused);
        programmeBox.setLabel(getTranslation("history.programme"));
        programmeBox.setPlaceholder(getTranslation("history.all-programmes"));
        programmeBox.setItems(programmes.programmes(null, null, null).stream()
                .sorted(Comparator.comparing(Programme::name)).toList());
        programmeBox.setItemLabelGenerator(Programme::name);
        programmeBox.setClearButtonVisible(true);
        programmeBox.setWidth("24em");
        programmeBox.setId("history-programme");
        programmeBox.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue() == null ? null : e.getValue().programmeId());
            }
        });
        add(programmeBox);

        changes.setId("history-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.addColumn(c -> programmeName(c.programmeId())).setHeader(getTranslation("reporting.returns.programme"))
                .setKey("programme").setFlexGrow(2);
        changes.addColumn(FigureChange::year).setHeader(getTranslation("reporting.returns.year")).setKey("year")
                .setWidth("5em").setFlexGrow(0);
        changes.addColumn(c -> returns.label(c.metricId(), getLocale())).setHeader(getTranslation("history.figure"))
                .setKey("figure").setFlexGrow(3);
        changes.addColumn(c -> shown(c.metricId(), c.value())).setHeader(getTranslation("history.value")).setKey("value");
        changes.addColumn(c -> shown(c.metricId(), c.previous())).setHeader(getTranslation("history.previous"))
                .setKey("previous");
        changes.addColumn(FigureChange::version).setHeader(getTranslation("reporting.returns.version")).setKey("version")
                .setWidth("6em").setFlexGrow(0);
        changes.addColumn(c -> c.by() + ", " + ReturnsGrid.when(c.at(), getLocale()))
                .setHeader(getTranslation("history.by-at")).setKey("by").setFlexGrow(2);
        changes.addComponentColumn(c -> {
            Span s = new Span(getTranslation(c.withdrawn() ? "history.status.withdrawn"
                    : c.inUse() ? "reporting.returns.in-use" : "reporting.returns.replaced"));
            s.addClassName(c.withdrawn() ? "flag" : c.inUse() ? "badge-ok" : "muted");
            return s;
        }).setHeader(getTranslation("reporting.returns.status")).setKey("status");
        empty.setText(getTranslation("history.empty"));
        empty.setId("history-empty");
        empty.addClassName("muted");
        add(changes, empty);

        returnsHeading.setText(getTranslation("history.returns"));
        returnsGrid = new ReturnsGrid(returns, this::programmeName, null);
        returnsGrid.setId("history-returns");
        add(returnsHeading, returnsGrid);
    }

    /** {@code ?program=ID} shows one programme; without it, every programme. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().get("program");
        String programme = wanted == null || wanted.isEmpty() ? null : wanted.getFirst();
        refused.setVisible(false);
        if (programme != null && programmes.programme(programme).isEmpty()) {
            refused.setText(getTranslation("reporting.view.unknown-programme"));
            refused.setVisible(true);
            programme = null;
        }
        programmeBox.setValue(programme == null ? null : programmes.programme(programme).orElse(null));
        show(programme);
    }

    private void show(@Nullable String programmeId) {
        List<FigureChange> list = returns.history(programmeId);
        changes.setItems(list);
        changes.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
        returnsGrid.show(programmeId == null ? returns.returns() : returns.returnsOf(programmeId), returns.inUse());
        returnsHeading.setVisible(!list.isEmpty());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "historikk"
                + (programmeId == null ? "" : "?" + QueryParameters.simple(Map.of("program", programmeId)).getQueryString())));
    }

    private String shown(String metricId, @Nullable String value) {
        return FigureText.shown(returns.template().stream().filter(t -> t.metricId().equals(metricId)).findFirst()
                .orElse(null), value, getLocale(), this);
    }

    private String programmeName(String programmeId) {
        return programmes.programme(programmeId).map(Programme::name).orElse(programmeId);
    }
}
