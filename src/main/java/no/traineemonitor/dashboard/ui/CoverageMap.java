package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.MapPicture;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MunicipalityCoverage;

/**
 * The clickable municipality map (server-drawn SVG, coloured by centrality, hatched where reached), its legend and the
 * details panel a click (or a row of the white spots) fills.
 */
class CoverageMap extends Div {

    /** The JavaScript expression whose value a click on the map sends to the server. */
    static final String CLICKED_MUNICIPALITY = "event.target.getAttribute('data-kommunenummer')";

    private final CoverageService coverage;
    private final List<MunicipalityCoverage> area;
    private final Div details = new Div();
    private final Html map;
    private final String populationDate;

    CoverageMap(CoverageService coverage, CoverageFilter filter, List<MunicipalityCoverage> area, String divisionYear,
                String name, String populationDate, String filters) {
        this.coverage = coverage;
        this.populationDate = populationDate;
        this.area = area;
        setWidthFull();
        details.setId("municipality-details");
        details.addClassName("municipality-details");
        String svg = coverage.map(filter, area, divisionYear, this::hoverText, getTranslation("coverage.map-aria", name));
        map = new Html("<div class=\"coverage-map\">" + svg + "</div>");
        map.setId("coverage-map");
        map.getElement().addEventListener("click", e -> {
            var value = e.getEventData().get(CLICKED_MUNICIPALITY);
            if (value != null && !value.isNull()) {
                showMunicipality(value.asString());
            }
        }).addEventData(CLICKED_MUNICIPALITY);
        String title = getTranslation("coverage.map-title", name);
        String source = getTranslation("map.picture-source");
        List<MapPicture.LegendItem> legend = pictureLegend(filter);
        Div mapBox = new Div(ExportMenu.map("coverage-map-export", title, filters,
                FileNames.of(getTranslation("coverage.map-file"), name),
                () -> coverage.mapPicture(filter, area, divisionYear).withLegend(legend, source)), map, legend(filter));
        mapBox.addClassName("coverage-map-box");
        details.add(new H4(getTranslation("coverage.details.title")),
                Sections.paragraph("municipality-details-prompt", getTranslation("coverage.details.prompt")));
        FlexLayout row = new FlexLayout(mapBox, details);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("coverage-map-row");
        row.setWidthFull();
        add(new Paragraph(getTranslation("coverage.map-hint")), row);
    }

    Div details() {
        return details;
    }

    private Div legend(CoverageFilter filter) {
        Div legend = new Div();
        legend.addClassName("coverage-legend");
        legend.setId("coverage-legend");
        for (int c = 1; c <= 6; c++) {
            legend.add(legendItem("background:" + CoverageService.classColour(c), getTranslation("coverage.legend.class", c)));
        }
        legend.add(legendItem("background: repeating-linear-gradient(45deg, #fee090 0 3px, #555 3px 4.5px)",
                getTranslation("coverage.legend.covered")));
        legend.add(legendItem("border: 2px solid " + CoverageService.outlineColour() + "; background: transparent",
                getTranslation("coverage.legend.outline")));
        if (filter.national()) {
            legend.add(legendItem("border-top: 2px solid #222; height: 0; margin-top: 0.5em",
                    getTranslation("coverage.legend.county")));
        } else {
            legend.add(legendItem("background: #f1f3f5; border: 1px solid #ced4da", getTranslation("coverage.legend.context")));
        }
        return legend;
    }

    /** The legend of the map's picture file: the same entries as {@link #legend}. */
    private List<MapPicture.LegendItem> pictureLegend(CoverageFilter filter) {
        List<MapPicture.LegendItem> items = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            items.add(MapPicture.LegendItem.box(MapPicture.Fill.plain(CoverageService.classColour(c)),
                    getTranslation("coverage.legend.class", c)));
        }
        items.add(MapPicture.LegendItem.box(MapPicture.Fill.hatched("#fee090", "#555555"), getTranslation("coverage.legend.covered")));
        items.add(MapPicture.LegendItem.line(CoverageService.outlineColour(), 2f, getTranslation("coverage.legend.outline")));
        items.add(filter.national() ? MapPicture.LegendItem.line("#222222", 2f, getTranslation("coverage.legend.county"))
                : MapPicture.LegendItem.box(MapPicture.Fill.plain("#f1f3f5"), getTranslation("coverage.legend.context")));
        return items;
    }

    private static Span legendItem(String swatchStyle, String text) {
        Span swatch = new Span();
        swatch.addClassName("legend-swatch");
        swatch.getElement().setAttribute("style", swatchStyle);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }

    private String hoverText(MunicipalityCoverage m) {
        Locale locale = getLocale();
        return m.name() + " (" + m.kommunenummer() + ")\n"
                + getTranslation("coverage.hover.population", NorwegianFormats.integer(m.population(), locale), populationDate) + "\n"
                + (m.centralityClass() == null ? "" : getTranslation("filter.centrality-class", m.centralityClass()) + "\n")
                + getTranslation("coverage.hover.ba", m.baNr() + " " + m.baName()) + "\n"
                + getTranslation("coverage.hover.programmes",
                m.programmes().isEmpty() ? getTranslation("coverage.none") : String.join(", ", m.programmes()));
    }

    /** Fills the details panel for a municipality of the map and marks it there (what a click on the map does). */
    void showMunicipality(String kommunenummer) {
        Locale locale = getLocale();
        MunicipalityCoverage m = coverage.municipality(area, kommunenummer).orElse(null);
        if (m == null) {
            return;
        }
        details.removeAll();
        H4 title = new H4(m.name());
        title.setId("municipality-details-name");
        details.add(title);
        Div facts = new Div();
        facts.addClassName("details-facts");
        fact(facts, "coverage.details.number", m.kommunenummer());
        fact(facts, "coverage.details.county", (m.countyNumber2024() == null ? "" : m.countyNumber2024() + " " + m.countyName2024())
                + (m.countyNumber2020().equals(m.countyNumber2024()) ? "" : " (2020: " + m.countyNumber2020() + " " + m.countyName2020() + ")"));
        fact(facts, "coverage.details.population", getTranslation("coverage.details.population-value",
                NorwegianFormats.integer(m.population(), locale), NorwegianFormats.integer(m.population2021(), locale), populationDate));
        fact(facts, "coverage.details.centrality", m.centralityClass() == null ? getTranslation("coverage.unknown")
                : String.valueOf(m.centralityClass()));
        fact(facts, "coverage.details.ba", m.baNr() + " " + m.baName());
        fact(facts, "coverage.details.travel", m.travelTimeMin() == null ? getTranslation("coverage.unknown")
                : getTranslation("coverage.details.travel-value", CoverageFormats.decimal(m.travelTimeMin(), 0, locale)));
        details.add(facts);
        details.add(new Span(getTranslation("coverage.details.programmes")));
        if (m.programmes().isEmpty()) {
            details.add(Sections.paragraph("municipality-details-none", getTranslation("coverage.details.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (int i = 0; i < m.programmes().size(); i++) {
                list.add(new ListItem(m.programmes().get(i) + " – " + getTranslation("coverage.basis." + m.programmeBases().get(i))));
            }
            list.setId("municipality-details-programmes");
            details.add(list);
        }
        if (!m.otherProgrammes().isEmpty()) {
            details.add(new Span(getTranslation("coverage.details.other")));
            UnorderedList other = new UnorderedList();
            for (int i = 0; i < m.otherProgrammes().size(); i++) {
                other.add(new ListItem(m.otherProgrammes().get(i) + " ("
                        + getTranslation("status." + m.otherStatuses().get(i)).toLowerCase(locale) + ")"));
            }
            details.add(other);
        }
        map.getElement().executeJs("this.querySelectorAll('path.selected').forEach(p => p.classList.remove('selected'));"
                + "const p = this.querySelector('#kommune-' + $0); if (p) { p.classList.add('selected'); }", kommunenummer);
    }

    private void fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("details-label");
        Span v = new Span(value);
        v.addClassName("details-value");
        facts.add(label, v);
    }
}
