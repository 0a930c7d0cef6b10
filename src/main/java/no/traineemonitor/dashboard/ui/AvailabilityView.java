package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.dashboard.ExploreService;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
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

    /**
     * Programmes per page of the matrix: hundreds of rows of sixteen linked cells take seconds to build and send, and
     * nobody reads them on one screen; the downloads hold every programme.
     */
    static final int PAGE_ROWS = 100;

    private final ExploreService explore;
    /** {@code per=fylke}: the matrix per county instead of per programme. */
    private boolean perCounty;
    /** {@code side=N}: the page of the programme matrix, from 1. */
    private int page = 1;
    /** {@link #PAGE_ROWS}; smaller in a test, to page the sample's programmes. */
    int pageRows = PAGE_ROWS;

    AvailabilityView(ExploreService explore, ReferenceService reference, ProgrammeService programmes,
                     IndicatorService indicators) {
        super("availability.title", reference, programmes, indicators);
        this.explore = explore;
        addClassName("availability-page");
    }

    /** The page's own parameter {@code per=program|fylke}; a bad value is dropped with a notice, like the filter's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String per = event.getLocation().getQueryParameters().getSingleParameter("per").orElse(null);
        perCounty = "fylke".equals(per);
        String side = event.getLocation().getQueryParameters().getSingleParameter("side").orElse(null);
        boolean pageKnown = side != null && side.matches("[1-9][0-9]{0,4}");
        page = pageKnown ? Integer.parseInt(side) : 1;
        String dropped = per != null && !per.equals("fylke") && !per.equals("program") ? "per=" + per
                : side != null && !pageKnown ? "side=" + side : null;
        if (dropped != null) {
            Notification.show(getTranslation("filter.dropped", dropped), 8000, Notification.Position.TOP_CENTER)
                    .setId("availability-notice");
        }
        super.beforeEnter(event);
    }

    @Override
    protected void navigateTo(FilterState next) {
        UI.getCurrent().navigate(getClass(), withPer(next, perCounty));
    }

    private static QueryParameters withPer(FilterState s, boolean counties) {
        return withPage(s, counties, 1);
    }

    private static QueryParameters withPage(FilterState s, boolean counties, int page) {
        Map<String, String> p = new LinkedHashMap<>();
        s.toQueryParameters().getParameters().forEach((k, v) -> p.put(k, v.getFirst()));
        if (counties) {
            p.put("per", "fylke");
        }
        if (page > 1) {
            p.put("side", Integer.toString(page));
        }
        return QueryParameters.simple(p);
    }

    /** "Programmes 101–200 of 575 · ← previous 100 · next 100 →", with the selection kept in the links. */
    private Div pager(FilterState s, int from, int to, int total, int pages) {
        Div line = new Div();
        line.setId("availability-pages");
        line.addClassName("availability-per");
        line.add(new Span(getTranslation("availability.page", from, to, total)));
        if (page > 1) {
            line.add(new Span(" · "), pageLink(s, page - 1, getTranslation("availability.page-previous", pageRows)));
        }
        if (page < pages) {
            line.add(new Span(" · "), pageLink(s, page + 1,
                    getTranslation("availability.page-next", Math.min(pageRows, total - to))));
        }
        line.add(new Span(" " + getTranslation("availability.page-hint")));
        return line;
    }

    private Anchor pageLink(FilterState s, int to, String text) {
        String query = withPage(s, false, to).getQueryString();
        return new Anchor("datagrunnlag" + (query.isEmpty() ? "" : "?" + query), text);
    }

    /** "Per program · Per fylke": the same selection either way. */
    private Div perSwitch(FilterState s) {
        Div links = new Div();
        links.setId("availability-per");
        links.addClassName("availability-per");
        for (boolean counties : new boolean[] {false, true}) {
            String text = getTranslation(counties ? "availability.per-county" : "availability.per-programme");
            if (counties == perCounty) {
                Span here = new Span(text);
                here.addClassName("availability-per-current");
                links.add(here);
            } else {
                String query = withPer(s, counties).getQueryString();
                links.add(new Anchor("datagrunnlag" + (query.isEmpty() ? "" : "?" + query), text));
            }
            if (!counties) {
                links.add(new Span(" · "));
            }
        }
        return links;
    }

    @Override
    protected void render(FilterState s) {
        content.add(perSwitch(s));
        if (perCounty) {
            renderCounties(s);
            return;
        }
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

        int total = m.programmes().size();
        int pages = (total + pageRows - 1) / pageRows;
        page = Math.min(page, pages);
        int from = (page - 1) * pageRows;
        int to = Math.min(total, from + pageRows);
        NativeTable table = new NativeTable();
        table.setId("availability-matrix");
        table.addClassName("availability-matrix");
        NativeTableHeader header = header("availability.programme", m.indicators());
        NativeTableBody body = new NativeTableBody();
        for (ExploreService.Subject p : m.programmes().subList(from, to)) {
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
        if (pages > 1) {
            content.add(pager(s, from + 1, to, total, pages));
        }
        Div scroll = new Div(table);
        scroll.addClassName("availability-scroll");
        scroll.setWidthFull();
        content.add(scroll, menu.about("availability", name, explore.availabilityFactIds(s.toIndicatorFilter())));
        without(m);
        Paragraph how = new Paragraph(getTranslation("availability.how"));
        how.addClassName("muted");
        content.add(how);
    }

    /**
     * Indicators × counties: per county the latest year any of its programmes in the selection has a value and how many
     * of them do ("2020 · 2 av 5"): which counties can be asked about what, never a pooled value.
     */
    private void renderCounties(FilterState s) {
        boolean counties2020 = s.division() == CountyDivision.D2020;
        ExploreService.CountyMatrix m = explore.countyAvailability(s.toIndicatorFilter(), counties2020);
        content.add(new Paragraph(getTranslation("availability.intro-county")));
        if (m.counties().isEmpty()) {
            content.add(Sections.paragraph("availability-empty", getTranslation("availability.empty")));
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        reference.counties(s.division()).forEach(c -> names.put(c.number(), c.label()));
        NativeTable table = new NativeTable();
        table.setId("availability-county-matrix");
        table.addClassName("availability-matrix");
        NativeTableHeader header = header("availability.county", m.indicators());
        NativeTableBody body = new NativeTableBody();
        String division = counties2020 ? "&inndeling=2020" : "";
        for (String county : m.counties()) {
            String name = names.getOrDefault(county, county);
            int inCounty = m.programmes().get(county);
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell first = new NativeTableHeaderCell();
            first.add(new Anchor("indikatorer?fylke=" + county + division, name));
            row.add(first);
            for (IndicatorDefinition d : m.indicators()) {
                NativeTableCell cell = new NativeTableCell();
                m.cell(d.indicatorId(), county).ifPresentOrElse(c -> {
                    Anchor a = new Anchor("indikatorer?indikator=" + d.indicatorId() + "&fylke=" + county + division,
                            Integer.toString(c.latestYear()));
                    a.getElement().setAttribute("title", getTranslation("availability.county-cell", d.label(getLocale()),
                            name, Integer.toString(c.latestYear()), c.programmes(), inCounty));
                    Span count = new Span(" · " + getTranslation("availability.of", c.programmes(), inCounty));
                    count.addClassName("availability-years");
                    cell.add(a, count);
                    cell.addClassName("availability-" + recency(c.latestYear(), m.newestYear()));
                }, () -> cell.addClassName("availability-none"));
                row.add(cell);
            }
            body.add(row);
        }
        table.add(header, body);
        String selection = selectionName(s);
        ExportMenu menu = tableExport("availability-county-matrix-export",
                getTranslation("availability.title-county") + " – " + selection, () -> countyTable(m, names),
                getTranslation("availability.title-county"), selection, years(s));
        content.add(menu);
        Div scroll = new Div(table);
        scroll.addClassName("availability-scroll");
        scroll.setWidthFull();
        content.add(scroll, menu.about("availability-county", selection, explore.availabilityFactIds(s.toIndicatorFilter())));
        Paragraph how = new Paragraph(getTranslation("availability.how"));
        how.addClassName("muted");
        content.add(how);
    }

    /** The county matrix for export: per indicator the latest year and how many of the county's programmes have a value. */
    private ExportTable countyTable(ExploreService.CountyMatrix m, Map<String, String> names) {
        var table = ExportTable.of(m.counties()).text(getTranslation("availability.county"), c -> names.getOrDefault(c, c))
                .integer(getTranslation("availability.county-programmes"), c -> m.programmes().get(c));
        for (IndicatorDefinition d : m.indicators()) {
            String label = d.label(getLocale());
            table.year(getTranslation("export.col.latest-year", label),
                    c -> m.cell(d.indicatorId(), c).map(ExploreService.CountyCell::latestYear).orElse(null));
            table.integer(getTranslation("availability.col.programmes", label),
                    c -> m.cell(d.indicatorId(), c).map(ExploreService.CountyCell::programmes).orElse(null));
        }
        return table.build();
    }

    /** The matrix's header: the first column's name, then each indicator linked to its page. */
    private NativeTableHeader header(String firstKey, java.util.List<IndicatorDefinition> indicators) {
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(getTranslation(firstKey)));
        for (IndicatorDefinition d : indicators) {
            NativeTableHeaderCell h = new NativeTableHeaderCell();
            h.add(new Anchor("indikator/" + d.indicatorId(), d.label(getLocale())));
            head.add(h);
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        return header;
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
