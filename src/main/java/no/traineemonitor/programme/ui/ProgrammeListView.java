package no.traineemonitor.programme.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;

/** Every programme in the warehouse with its type, status, county, host and how much is known about it. */
@Route("programmer")
@PageTitle("Traineemonitor – programmer")
@Menu(order = 20, title = "nav.programmes")
@AnonymousAllowed
class ProgrammeListView extends VerticalLayout {

    private final ProgrammeService programmeService;
    private final Grid<Programme> grid = new Grid<>();
    private final Select<County> county = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> type = new Select<>();
    private final Span summary = new Span();

    ProgrammeListView(ProgrammeService programmeService, ReferenceService referenceService) {
        this.programmeService = programmeService;
        setSizeFull();
        add(new H2(getTranslation("programmes.title")));

        county.setLabel(getTranslation("filter.county"));
        county.setItems(referenceService.counties(CountyDivision.D2024));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("filter.all-counties"));
        county.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all-counties") : c.label());
        status.setLabel(getTranslation("programme.status"));
        status.setItems(ProgrammeService.STATUSES);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("status." + s));
        type.setLabel(getTranslation("programme.type"));
        type.setItems(ProgrammeService.TYPES);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation("type." + t));
        county.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(county, type, status, summary);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addComponentColumn(ProgrammeListView::profileLink)
                .setHeader(getTranslation("programme.name")).setAutoWidth(true).setComparator(Programme::name)
                .setTooltipGenerator(p -> p.note() == null ? "" : p.note());
        grid.addColumn(p -> getTranslation("type." + p.type())).setHeader(getTranslation("programme.type")).setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> getTranslation("status." + p.status())).setHeader(getTranslation("programme.status")).setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> p.countyNumber2024() == null ? "" : p.countyNumber2024() + " " + p.countyName2024())
                .setHeader(getTranslation("municipality.county-2024")).setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> p.host() == null ? "" : p.host()).setHeader(getTranslation("programme.host")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Programme::foundedYear).setHeader(getTranslation("programme.founded")).setSortable(true);
        grid.addColumn(Programme::lengthMonths).setHeader(getTranslation("programme.length")).setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(Programme::municipalityCount).setHeader(getTranslation("programme.municipalities")).setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(Programme::factCount).setHeader(getTranslation("programme.facts")).setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(p -> p.sourceFile() + " · " + p.sourceSection()).setHeader(getTranslation("programme.source")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("programme-grid");
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    /** A link to the programme's profile page (a route of the dashboard, named by URL to keep packages apart). */
    static Anchor profileLink(Programme p) {
        Anchor link = new Anchor("program/" + p.programmeId(), p.name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void refresh() {
        var rows = programmeService.programmes(county.getValue() == null ? null : county.getValue().number(),
                status.getValue(), type.getValue());
        grid.setItems(rows);
        summary.setText(getTranslation("programmes.summary", rows.size()));
    }
}
