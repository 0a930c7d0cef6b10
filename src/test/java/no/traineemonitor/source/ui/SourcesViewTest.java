package no.traineemonitor.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Expected counts are from sample-data/: sources.csv (5 documents), facts/*.csv rows per source_file
 * (002: 541, 001: 84, 000: 47, 004: 47, 003: 15), survey/002.csv (296 cells) and programmes/*.csv.
 */
@SpringBootTest
class SourcesViewTest extends SpringBrowserlessTest {

    private static final String REPORT_2021 = "002_807c44608543e294.txt";

    /** The browserless UI does not run Vaadin's locale negotiation; the app starts in bokmål (checked in DashboardIT). */
    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    @SuppressWarnings("unchecked")
    private Grid<SourceDocument> documents() {
        return find(Grid.class).withId("sources-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Fact> facts() {
        return find(Grid.class).withId("source-facts").single();
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.GridTester<Grid<T>, T> tester) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            out.add(tester.getRow(i));
        }
        return out;
    }

    private String cell(Grid<?> grid, int row, String key) {
        return test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }

    private void open(String query) {
        navigate(SourcesView.class);
        UI.getCurrent().navigate("kilder", QueryParameters.fromString(query));
    }

    @Test
    void lists_the_five_source_documents_with_how_much_cites_them() {
        navigate(SourcesView.class);
        var grid = documents();
        List<SourceDocument> docs = rows(test(grid));
        assertThat(docs).extracting(SourceDocument::sourceFile).containsExactly("000_bd4ac3ef0e8666f4.txt",
                "001_b2c93c8ef5279f83.txt", REPORT_2021, "003_9a6822a98c5093fb.txt", "004_e652373b8a518bd6.txt");
        assertThat(cell(grid, 2, "title")).isEqualTo("Kartlegging av regionale traineeordninger");
        assertThat(cell(grid, 2, "publisher")).isEqualTo("Nordlandsforskning for Distriktssenteret");
        assertThat(cell(grid, 2, "year")).isEqualTo("2021");
        assertThat(cell(grid, 2, "facts")).isEqualTo("541");
        assertThat(cell(grid, 2, "survey")).isEqualTo("296");
        assertThat(cell(grid, 2, "programmes")).isEqualTo("13");
        assertThat(cell(grid, 3, "year")).isEqualTo("ikke oppgitt"); // 003 has no year: said so, never 0
        assertThat(grid.getColumns()).extracting(c -> c.getKey()).doesNotContain("file"); // a reader knows a document by its title
        assertThat(find(Grid.class).withId("source-facts").exists()).isFalse(); // hidden until a document is chosen
        assertThat(find(Span.class).withId("source-facts-summary").single().getText()).isEqualTo("Velg et dokument i tabellen over.");
    }

    @Test
    void selecting_the_2021_report_shows_its_541_facts_and_puts_it_in_the_url() {
        navigate(SourcesView.class);
        test(documents()).select(2);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("kilder?dokument=" + REPORT_2021);
        var grid = facts();
        assertThat(test(grid).size()).isEqualTo(541);
        assertThat(find(Span.class).withId("source-facts-summary").single().getText())
                .isEqualTo("541 tall fra Kartlegging av regionale traineeordninger (Nordlandsforskning for Distriktssenteret, 2021)"
                        + " (i tillegg 296 tabellceller fra undersøkelser)");
        List<Fact> facts = rows(test(grid));
        assertThat(facts).allMatch(f -> f.sourceFile().equals(REPORT_2021));
        int row = facts.indexOf(facts.stream().filter(f -> f.factId().equals("f002a-0094")).findFirst().orElseThrow());
        assertThat(cell(grid, row, "programme")).isEqualTo("Trainee Salten");
        assertThat(cell(grid, row, "metric")).isEqualTo("Gjennomført");
        assertThat(cell(grid, row, "value")).isEqualTo("71");
        assertThat(cell(grid, row, "period")).isEqualTo("2006–2020 (flere år)");
        assertThat(cell(grid, row, "section")).isEqualTo("3.5 Trainee Salten");
        assertThat(cell(grid, row, "notes")).isEqualTo("ja");
        // the row's details: the quote, the conflict in bokmål, and the data's own notes as the curators wrote them,
        // marked as English under a bokmål label
        var details = no.traineemonitor.base.ui.RowDetails.of(grid, facts.get(row));
        String text = details.getElement().getTextRecursively();
        assertThat(text).contains("«Av disse har 71 gjennomført»", "Tallene i kildene går ikke opp med hverandre",
                "Merknad om avvik fra dem som registrerte tallet (engelsk):", "Arithmetic: 88 enrolled");
        assertThat(details.getElement().getChildren().anyMatch(p -> p.getChildren()
                .anyMatch(c -> "en".equals(c.getAttribute("lang")) && c.getText().startsWith("Arithmetic")))).isTrue();
    }

    @Test
    void the_document_list_and_a_documents_facts_download_as_shown() throws Exception {
        open("dokument=" + REPORT_2021);
        var documents = find(no.traineemonitor.base.ui.ExportMenu.class).withId("sources-export").single();
        String list = new String(documents.download("sources-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("Tittel;Utgiver;År;Tall;Tabellceller;Programmer\r\n")
                .contains("\r\nKartlegging av regionale traineeordninger;Nordlandsforskning for Distriktssenteret;2021;541;296;");
        var facts = find(no.traineemonitor.base.ui.ExportMenu.class).withId("source-facts-export").single();
        String csv = new String(facts.download("source-facts-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        // the line under the table names the document, in the file too
        assertThat(find(no.traineemonitor.base.ui.TableAbout.class).withId("source-facts-export-about").single()
                .getElement().getTextRecursively()).contains("Kilder: Kartlegging av regionale traineeordninger");
        assertThat(csv.lines().takeWhile(l -> !l.isEmpty()).toList())
                .anySatisfy(l -> assertThat(l).startsWith("Kilder;Kartlegging av regionale traineeordninger"));
        List<String> rows = csv.lines().dropWhile(l -> !l.startsWith("Fakta-id;")).toList();
        assertThat(rows).hasSize(1 + 541);
        // Trainee Salten's 71 who completed, with the report's words
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("f002a-0094;Trainee Salten;Gjennomført;2006–2020 (flere år);71;71;")
                .contains("3.5 Trainee Salten").contains("Av disse har 71 gjennomført"));
    }

    @Test
    void a_bookmarked_document_opens_with_its_facts() {
        open("dokument=003_9a6822a98c5093fb.txt");
        assertThat(documents().asSingleSelect().getValue().sourceFile()).isEqualTo("003_9a6822a98c5093fb.txt");
        assertThat(test(facts()).size()).isEqualTo(15);
        open("dokument=" + REPORT_2021);
        var grid = facts();
        // facts about a region rather than a programme name the region (f002c-0069: national, first by section)
        assertThat(cell(grid, 0, "fact")).isEqualTo("f002c-0069");
        assertThat(cell(grid, 0, "programme")).isEqualTo("Hele landet");
    }

    @Test
    void an_unknown_document_is_ignored_with_a_notice() {
        open("dokument=finnes_ikke.txt");
        assertThat(test(find(Notification.class).single()).getText()).contains("«finnes_ikke.txt»");
        assertThat(documents().asSingleSelect().getValue()).isNull();
        assertThat(find(Grid.class).withId("source-facts").exists()).isFalse();
        assertThat(test(documents()).size()).isEqualTo(5);
    }

    @Test
    void english_is_available() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open("dokument=" + REPORT_2021);
        assertThat(find(Span.class).withId("source-facts-summary").single().getText())
                .isEqualTo("541 facts from Kartlegging av regionale traineeordninger (Nordlandsforskning for Distriktssenteret, 2021)"
                        + " (plus 296 survey table cells)");
    }
}
