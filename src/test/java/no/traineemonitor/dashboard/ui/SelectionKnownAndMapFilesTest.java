package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import no.traineemonitor.base.export.MapFiles;
import no.traineemonitor.base.export.MapPicture;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The overview's "what we know about this selection", the key-figure export and the maps as pictures, checked against
 * the sample (counted by hand in the warehouse: ind_value's programme rows with a year, f_selected_programmes):
 * <ul>
 *   <li>Innlandet (34) has three programmes (Trainee Innlandet, Kompetansepilot Innlandet, the Sør-Østerdal pre-study);
 *       only Trainee Innlandet has indicator values: regional retention (2019, 1998–2020, 2024), member activation
 *       (2020) and trainee density (1998–2020, 1999–2024): 3 of the 16 indicators, 1 of 3 programmes, 1998–2024.</li>
 *   <li>Nordland (18) has five programmes, three with values, for 10 of 16 indicators, all up to 2020, the first from
 *       2006: in-mover share and trainee density 3 programmes each, regional retention 2, the seven others 1 each;
 *       no figures for job offers, public funding share, cost per hire, public kroner per retained, periphery reach
 *       and the commuting coefficient.</li>
 *   <li>Maps: Bodø (1804) gets Trainee Salten's completion 71 of 78 = 91,0 % in the top class (#253494) on
 *       /kart?indikator=completion_rate; on the coverage map Kongsvinger (3401), centrality class 3 and reached by no
 *       programme, is plain #e0f3f8.</li>
 * </ul>
 */
@SpringBootTest
class SelectionKnownAndMapFilesTest extends SpringBrowserlessTest {

    @Autowired
    CoverageService coverage;

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private void open(Class<? extends com.vaadin.flow.component.Component> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private String line(String id) {
        return find(ListItem.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void innlandet_has_figures_for_three_indicators_from_one_of_its_three_programmes() {
        open(OverviewView.class, "", "fylke=34");
        assertThat(line("known-indicators"))
                .isEqualTo("3 av 16 indikatorer har tall; 1 av 3 programmer i utvalget rapporterer minst én.");
        assertThat(line("known-years")).isEqualTo("Siste år med tall: 2024. Tallene dekker 1998–2024.");
        assertThat(line("known-most")).isEqualTo("Flest programmer: Bosatt i regionen etter perioden (ett program), "
                + "Andel aktive medlemmer (ett program) og Traineer per 10 000 innbyggere (ett program).");
        assertThat(find(ListItem.class).withId("known-fewest").all()).isEmpty();
        assertThat(line("known-missing")).startsWith("Ingen tall for: Søkere per utlyst stilling, Andel søkere ansatt, ")
                .endsWith(" og Pendlingskoeffisient.").doesNotContain("Andel aktive medlemmer");
        assertThat(find(RouterLink.class).withId("known-link").single().getHref()).isEqualTo("datagrunnlag?fylke=34");
    }

    @Test
    void nordland_names_the_indicators_most_and_fewest_programmes_report_and_what_has_no_figures() {
        open(OverviewView.class, "", "fylke=18");
        assertThat(line("known-indicators"))
                .isEqualTo("10 av 16 indikatorer har tall; 3 av 5 programmer i utvalget rapporterer minst én.");
        assertThat(line("known-years")).isEqualTo("Siste år med tall: 2020. Tallene dekker 2006–2020.");
        assertThat(line("known-most")).isEqualTo("Flest programmer: Andel tilflyttere (3 programmer), "
                + "Traineer per 10 000 innbyggere (3 programmer) og Bosatt i regionen etter perioden (2 programmer).");
        assertThat(line("known-fewest")).isEqualTo("Færrest programmer: Søkere per utlyst stilling (ett program), "
                + "Andel søkere ansatt (ett program) og Fyllingsgrad (ett program).");
        assertThat(line("known-missing")).isEqualTo("Ingen tall for: Andel med jobbtilbud, Offentlig finansieringsandel, "
                + "Kostnad per ansatt trainee (kr), Offentlige kroner per trainee som ble i regionen, "
                + "Plassert i sentralitetsklasse 5–6 og Pendlingskoeffisient.");
    }

    @Test
    void the_matrix_follows_the_overviews_filters() {
        open(AvailabilityView.class, "datagrunnlag", "fylke=34");
        String table = find(NativeTable.class).withId("availability-matrix").single().getElement().getTextRecursively();
        assertThat(table).contains("Trainee Innlandet").doesNotContain("Trainee Salten");
        assertThat(find(Paragraph.class).withId("availability-without").single().getElement().getTextRecursively())
                .startsWith("2 programmer har ingen indikatorverdi ennå")
                .contains("Kompetansepilot Innlandet", "Forstudie traineeordning for Sør-Østerdal");
    }

    @Test
    void the_key_figure_cards_download_as_a_table_with_one_row_per_card() throws Exception {
        open(OverviewView.class, "", "fylke=18");
        ExportMenu menu = find(ExportMenu.class).withId("key-figures-export").single();
        String csv = new String(menu.download("key-figures-export-csv-excel-nb"), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        List<String> table = lines.subList(lines.indexOf("") + 1, lines.size());
        assertThat(table.getFirst()).isEqualTo("Indikator;Verdi;Enhet;n;95 %-intervall, nedre;95 %-intervall, øvre;Periode;"
                + "Til år;Periodetype;Type tall;Programmer bak verdien;Merknad");
        // Trainee Salten's 71 completed of 78, 2006–2020, the only completion figure in Nordland
        assertThat(table).anySatisfy(r -> assertThat(r).startsWith("Gjennomføringsgrad;91,0256410256")
                .contains(";%;78;", ";2006–2020 (flere år);2020;flere år;resultat;Trainee Salten;"));
        assertThat(menu.fileName("key-figures-export-xlsx")).isEqualTo("nokkeltall-nordland-nordlannda.xlsx");
    }

    @Test
    void the_indicator_map_downloads_as_png_and_svg_with_bodo_in_the_top_class() throws Exception {
        open(IndicatorMapView.class, "kart", "indikator=completion_rate");
        ExportMenu menu = find(ExportMenu.class).withId("indicator-map-picture-export").single();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(menu.download("indicator-map-picture-export-png")));
        List<no.traineemonitor.coverage.MunicipalityCoverage> all = coverage.municipalities(CoverageFilter.wholeCountry());
        MapPicture shapes = coverage.mapPicture(CoverageFilter.wholeCountry(), all, "2024");
        assertThat(png.getWidth()).isEqualTo(MapFiles.WIDTH);
        assertThat(png.getHeight()).isGreaterThan(MapFiles.height(shapes) - 1); // the legend may be taller than the map
        assertThat(colourInside(png, shapes, "1804")).isEqualTo(new Color(0x253494));

        String svg = new String(menu.download("indicator-map-picture-export-svg"), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<title>Gjennomføringsgrad per kommune – alle programmer</title>",
                "80–100 %", "Ukjent (ingen tall, aldri 0)", "Prikket (n under", "Kartgrunnlag: kommunegrenser 2020 fra Kartverket",
                "Dataversjon");
        assertThat(menu.fileName("indicator-map-picture-export-png")).isEqualTo("gjennomforingsgrad-kommuner-alle-programmer.png");
    }

    @Test
    void the_coverage_map_downloads_with_kongsvinger_in_its_centrality_class() throws Exception {
        navigate(CoverageView.class);
        ExportMenu menu = find(ExportMenu.class).withId("coverage-map-export").single();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(menu.download("coverage-map-export-png")));
        List<no.traineemonitor.coverage.MunicipalityCoverage> all = coverage.municipalities(CoverageFilter.wholeCountry());
        MapPicture shapes = coverage.mapPicture(CoverageFilter.wholeCountry(), all, "2024");
        assertThat(png.getWidth()).isEqualTo(MapFiles.WIDTH);
        assertThat(colourInside(png, shapes, "3401")).isEqualTo(new Color(0xe0f3f8));
        String svg = new String(menu.download("coverage-map-export-svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<title>Dekningskart: hele landet</title>", "Klasse 6", "Skravert: nås av et program", "Fylkesgrense",
                "Kartgrunnlag: kommunegrenser 2020");
    }

    /** The picture's colour at the point deepest inside a municipality (a box of up to 10 px around it inside). */
    private static Color colourInside(BufferedImage png, MapPicture shapes, String kommunenummer) {
        Shape shape = shapes.areas().stream().filter(a -> a.id().equals(kommunenummer)).findFirst().orElseThrow().shape();
        Shape onPicture = MapFiles.mapTransform(shapes).createTransformedShape(shape);
        Rectangle2D b = onPicture.getBounds2D();
        for (int half = 5; half >= 2; half--) {
            for (double y = Math.floor(b.getMinY()) + 0.5; y <= b.getMaxY(); y += 1) {
                for (double x = Math.floor(b.getMinX()) + 0.5; x <= b.getMaxX(); x += 1) {
                    if (onPicture.contains(new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half))) {
                        return new Color(png.getRGB((int) x, (int) y));
                    }
                }
            }
        }
        throw new AssertionError(kommunenummer + " has no point two pixels inside it");
    }
}
