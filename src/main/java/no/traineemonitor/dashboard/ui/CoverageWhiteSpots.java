package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.coverage.WhiteSpot;

/**
 * The municipalities of the area no programme of the selection reaches, class 5–6 first, each with the nearest
 * programme; downloadable as CSV for a Norwegian spreadsheet and as plain CSV (the page's language decides which comes
 * first), and as Excel with the sources. A row opens the municipality in the map's details panel.
 */
class CoverageWhiteSpots extends VerticalLayout {

    private final String populationDate;

    CoverageWhiteSpots(List<WhiteSpot> spots, String fileName, String populationDate, String filters,
                       Consumer<String> showMunicipality) {
        this.populationDate = populationDate;
        setPadding(false);
        setWidthFull();
        if (spots.isEmpty()) {
            add(Sections.paragraph("white-spots-none", getTranslation("coverage.white-spots-none")));
            return;
        }
        Locale locale = getLocale();
        List<WhiteSpot> periphery = spots.stream().filter(w -> CoverageFormats.isPeriphery(w.municipality())).toList();
        add(Sections.paragraph("white-spots-intro", getTranslation("coverage.white-spots-intro", spots.size(), periphery.size(),
                CoverageFormats.integer(periphery.stream().mapToLong(w -> CoverageFormats.orZero(w.municipality().population())).sum(),
                        locale))));
        CsvFormat first = CsvFormat.defaultFor(locale);
        ExportMenu excel = ExportMenu.xlsx("white-spots-excel", "white-spots-xlsx",
                getTranslation("coverage.download-csv", spots.size(), getTranslation("export.xlsx")),
                getTranslation("coverage.white-spots"), filters, fileName,
                () -> WhiteSpotCsv.table(spots, locale, populationDate, this::getTranslation));
        FlexLayout downloads = new FlexLayout(download(spots, fileName, first),
                download(spots, fileName, first == CsvFormat.EXCEL_NB ? CsvFormat.RFC4180 : CsvFormat.EXCEL_NB), excel);
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.addClassName("downloads");
        add(downloads);

        Grid<WhiteSpot> grid = new Grid<>();
        grid.setId("white-spots");
        grid.addColumn(w -> w.municipality().kommunenummer() + " " + w.municipality().name())
                .setHeader(getTranslation("coverage.municipality")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(w -> w.municipality().centralityClass() == null ? "" : String.valueOf(w.municipality().centralityClass()))
                .setHeader(getTranslation("coverage.class-short")).setTextAlign(ColumnTextAlign.END).setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(w -> NorwegianFormats.integer(w.municipality().population(), locale))
                .setHeader(getTranslation("coverage.population", populationDate)).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(w -> w.municipality().baNr() + " " + w.municipality().baName())
                .setHeader(getTranslation("coverage.ba.region")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(w -> w.nearestProgrammes().isEmpty() ? getTranslation("coverage.none")
                        : getTranslation("coverage.nearest-value", String.join(", ", w.nearestProgrammes()), w.nearestVia(),
                        CoverageFormats.decimal(w.nearestDistanceKm(), 0, locale)))
                .setHeader(getTranslation("coverage.nearest")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(w -> String.join(", ", WhiteSpotCsv.otherProgrammes(w.municipality(), locale, this::getTranslation)))
                .setHeader(getTranslation("coverage.other-programmes")).setWidth("9rem").setFlexGrow(1);
        Sections.fit(grid).setItems(spots);
        grid.setAllRowsVisible(spots.size() <= 25);
        grid.addItemClickListener(e -> showMunicipality.accept(e.getItem().municipality().kommunenummer()));
        add(grid, excel.about("municipalities", "", List.of(), Ssb.POPULATION, Ssb.CENTRALITY, Ssb.MUNICIPALITIES, Ssb.BA_REGIONS));
    }

    private Anchor download(List<WhiteSpot> spots, String fileName, CsvFormat format) {
        byte[] csv = WhiteSpotCsv.write(spots, format, getLocale(), populationDate, this::getTranslation);
        String name = fileName + (format == CsvFormat.EXCEL_NB ? "-excel" : "") + ".csv";
        String type = "text/csv; charset=utf-8";
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), name, type, csv.length)),
                getTranslation("coverage.download-csv", spots.size(), getTranslation("csv.format." + format.option())));
        a.setId("white-spots-csv-" + format.option());
        return a;
    }
}
