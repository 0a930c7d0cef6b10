package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.dashboard.ExploreService;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;

/**
 * What exists (/datagrunnlag, formerly /tilgjengelighet): a matrix of indicators × programmes of the selection (the
 * shared filters), each cell the latest year with a value and how many years have one, coloured by how recent it is,
 * and a link to the values in the explorer. The first thing to open to know what can be asked.
 */
@Route("datagrunnlag")
@RouteAlias("tilgjengelighet")
@PageTitle("Traineemonitor – hva som finnes")
@Menu(order = 35, title = "nav.availability")
@AnonymousAllowed
class AvailabilityView extends DashboardPage {

    private final ExploreService explore;

    AvailabilityView(ExploreService explore, ReferenceService reference, ProgrammeService programmes,
                     IndicatorService indicators) {
        super("availability.title", reference, programmes, indicators);
        this.explore = explore;
        addClassName("availability-page");
    }

    @Override
    protected void render(FilterState s) {
        ExploreService.Matrix m = explore.availability(s.toIndicatorFilter());
        content.add(new Paragraph(getTranslation("availability.intro")));
        if (m.programmes().isEmpty()) {
            content.add(Sections.paragraph("availability-empty", getTranslation("availability.empty")));
            without(m);
            return;
        }
        Div legend = new Div();
        legend.addClassName("availability-legend");
        legend.add(swatch("recent", getTranslation("availability.recent", Integer.toString(m.newestYear() - 2))),
                swatch("older", getTranslation("availability.older", Integer.toString(m.newestYear() - 7),
                        Integer.toString(m.newestYear() - 3))),
                swatch("old", getTranslation("availability.old", Integer.toString(m.newestYear() - 8))),
                swatch("none", getTranslation("availability.none")));
        content.add(legend);

        NativeTable table = new NativeTable();
        table.setId("availability-matrix");
        table.addClassName("availability-matrix");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(getTranslation("availability.programme")));
        for (IndicatorDefinition d : m.indicators()) {
            NativeTableHeaderCell h = new NativeTableHeaderCell();
            h.add(new Anchor("indikator/" + d.indicatorId(), d.label(getLocale())));
            head.add(h);
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (ExploreService.Subject p : m.programmes()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.add(new Anchor("program/" + p.id(), p.name()));
            row.add(name);
            for (IndicatorDefinition d : m.indicators()) {
                NativeTableCell cell = new NativeTableCell();
                m.cell(d.indicatorId(), p.id()).ifPresentOrElse(c -> {
                    Anchor a = new Anchor("indikatorer?indikator=" + d.indicatorId() + "&program=" + p.id(),
                            Integer.toString(c.latestYear()));
                    a.getElement().setAttribute("title", getTranslation("availability.cell", d.label(getLocale()), p.name(),
                            Integer.toString(c.latestYear()), c.years()));
                    Span years = new Span(c.years() > 1 ? " (" + c.years() + ")" : "");
                    years.addClassName("availability-years");
                    cell.add(a, years);
                    cell.addClassName("availability-" + recency(c.latestYear(), m.newestYear()));
                }, () -> cell.addClassName("availability-none"));
                row.add(cell);
            }
            body.add(row);
        }
        table.add(header, body);
        String name = selectionName(s);
        ExportMenu menu = tableExport("availability-matrix-export", getTranslation("availability.title") + " – " + name,
                () -> table(m), getTranslation("availability.title"), name, years(s));
        content.add(menu);
        Div scroll = new Div(table);
        scroll.addClassName("availability-scroll");
        scroll.setWidthFull();
        content.add(scroll, menu.about("availability", name, explore.availabilityFactIds(s.toIndicatorFilter())));
        without(m);
        Paragraph how = new Paragraph(getTranslation("availability.how"));
        how.addClassName("muted");
        content.add(how);
    }

    /** The selection's programmes without any indicator value, linked to their pages. */
    private void without(ExploreService.Matrix m) {
        if (!m.withoutValues().isEmpty()) {
            Paragraph without = new Paragraph(getTranslation("availability.without", m.withoutValues().size()) + " ");
            without.setId("availability-without");
            for (int i = 0; i < m.withoutValues().size(); i++) {
                ExploreService.Subject p = m.withoutValues().get(i);
                without.add(new Anchor("program/" + p.id(), p.name()));
                without.add(new Span(i < m.withoutValues().size() - 1 ? ", " : "."));
            }
            content.add(without);
        }
    }

    /** The matrix for export: per indicator its latest year with a value and how many years have one (empty: none). */
    private ExportTable table(ExploreService.Matrix m) {
        var table = ExportTable.of(m.programmes()).text(getTranslation("availability.programme"), ExploreService.Subject::name);
        for (IndicatorDefinition d : m.indicators()) {
            String label = d.label(getLocale());
            table.year(getTranslation("export.col.latest-year", label),
                    p -> m.cell(d.indicatorId(), p.id()).map(ExploreService.Cell::latestYear).orElse(null));
            table.integer(getTranslation("export.col.years", label),
                    p -> m.cell(d.indicatorId(), p.id()).map(ExploreService.Cell::years).orElse(null));
        }
        return table.build();
    }

    /** recent: the newest year or the two before it; older: up to seven years back; old: before that. */
    static String recency(int year, int newest) {
        int behind = newest - year;
        return behind <= 2 ? "recent" : behind <= 7 ? "older" : "old";
    }

    private Span swatch(String kind, String text) {
        Span box = new Span();
        box.addClassNames("availability-swatch", "availability-" + kind);
        Span s = new Span(box, new Span(" " + text));
        s.addClassName("availability-legend-item");
        return s;
    }
}
