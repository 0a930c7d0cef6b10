package no.traineemonitor.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.source.SourceDocument;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.vocabulary.VocabularyService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader of the bokmål pages and workbooks reads bokmål only: no code of the data (funding_nok,
 * located_in_1804_bodo, range_low), no file name of a source, no missing translation (!key), and no word of the
 * curators' English notes. The English-only words are found from the data: the words of every note that occur in no
 * bokmål text the app holds (translations, labels, quotes, names, titles). The sources page may show a note as the
 * curators wrote it when it is marked as English ({@code lang="en"}) under a bokmål label.
 */
@SpringBootTest
class UsersReadTheirLanguageTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    @org.springframework.beans.factory.annotation.Autowired
    no.traineemonitor.record.RecordService record;

    private static final Pattern FILE_NAME = Pattern.compile("\\b\\d{3}_[0-9a-f]{16}\\.txt\\b|\\.txt\\b");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9-]*\\.[a-z0-9.\\-_]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    IndicatorService indicators;
    @Autowired
    SourceService sources;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    private Set<String> codes;
    private Set<String> englishOnly;

    @BeforeEach
    void bokmal() throws IOException {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
        codes = codes();
        englishOnly = englishOnlyWords();
    }

    @Test
    void the_english_only_words_of_the_notes_are_found_from_the_data() {
        // words the curators wrote in their notes and that no bokmål text holds
        assertThat(englishOnly).contains("differs", "review", "arithmetic", "resolved").doesNotContain("trainee", "salten");
        assertThat(codes).contains("funding_nok", "member_organisations", "located_in_1804_bodo", "milestone_year", "range_low");
    }

    @Test
    void the_bokmal_pages_show_no_code_file_name_missing_key_or_english_note() {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).filter(t -> !t.contains(":")).sorted().toList(); // pages added later too
        assertThat(routes).contains("", "undersokelser", "slik-sammenligner-vi");
        for (String route : routes) {
            pages.put("/" + route, page(route, ""));
        }
        pages.put("/?fylke=18", page("", "fylke=18"));
        pages.put("/dekning?fylke=15", page("dekning", "fylke=15"));
        for (IndicatorDefinition d : indicators.catalogue()) {
            pages.put("/indikatorer?indikator=" + d.indicatorId(), page("indikatorer", "indikator=" + d.indicatorId()));
        }
        for (Programme p : programmes.programmes(null, null, null)) {
            pages.put("/program/" + p.programmeId(), page("program/" + p.programmeId(), ""));
            pages.put("/sammenlign?program=" + p.programmeId(), page("sammenlign", "program=" + p.programmeId()));
        }
        for (SourceDocument d : sources.documents()) {
            pages.put("/kilder?dokument=" + d.sourceFile(), page("kilder", "dokument=" + d.sourceFile()));
        }
        for (IndicatorDefinition d : indicators.catalogue()) {
            pages.put("/indikator/" + d.indicatorId(), page("indikator/" + d.indicatorId(), ""));
        }
        // the pages for leaders, analysts and administrators, as an administrator sees them
        no.traineemonitor.security.TestUsers.admin(record);
        try {
            for (String route : List.of("rapportering", "rapportering?program=trainee_salten&aar=2024", "historikk", "admin")) {
                String[] parts = route.split("\\?", 2);
                pages.put("/" + route + " (administrator)", page(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        } finally {
            no.traineemonitor.security.TestUsers.signOut();
        }
        // what is read includes the grids' cells and the rows' details (the quote of Trainee Salten's 71 completed)
        assertThat(pages.get("/program/trainee_salten")).contains("Gjennomført", "«Av disse har 71 gjennomført»");
        assertThat(problems(pages)).isEmpty();
    }

    @Test
    void the_bokmal_workbooks_show_no_code_file_name_missing_key_or_english_note() throws IOException {
        no.traineemonitor.security.TestUsers.funder(record); // the workbooks are the funders'
        Map<String, String> books = new LinkedHashMap<>();
        for (String county : List.of("18", "34", "46", "50")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.writeCountyReport(county, CountyDivision.D2024, LanguageSwitch.BOKMAL, out);
            books.put("county " + county, cells(out.toByteArray()));
        }
        for (String programme : List.of("trainee_innlandet", "trainee_salten", "fjelltrainee", "kandidat_helgeland",
                "medieklyngen_medietech_trainee", "kompetansepilot_18", "sor_osterdal_trainee_prestudy")) {
            if (programmes.programme(programme).isEmpty()) {
                throw new AssertionError("no programme " + programme + " in the sample data");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.writeProgrammeReport(programme, PeerGroup.ALL, LanguageSwitch.BOKMAL, out);
            books.put("programme " + programme, cells(out.toByteArray()));
        }
        assertThat(problems(books)).isEmpty();
    }

    private String page(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        EveryPageRendersTest.respond();
        return RenderedText.of(UI.getCurrent());
    }

    /** Every text of a workbook: sheet names, cells, headers and footers. */
    private static String cells(byte[] xlsx) throws IOException {
        List<String> parts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                parts.add(sheet.getSheetName());
                parts.add(sheet.getHeader().getLeft());
                parts.add(sheet.getFooter().getLeft());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            parts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return String.join("\n", parts);
    }

    /** What a bokmål reader should not meet, per page or workbook, with the text around it. */
    private List<String> problems(Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        texts.forEach((where, text) -> {
            find(where, text, MISSING_KEY, "missing translation", problems);
            find(where, text, FILE_NAME, "file name", problems);
            for (String code : codes) {
                find(where, text, Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(code) + "(?![\\p{L}\\d_])"), "code", problems);
            }
            Matcher m = WORD.matcher(text);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (englishOnly.contains(w) && seen.add(w)) {
                    problems.add(where + ": English word of the notes «" + m.group() + "» in «" + around(text, m.start()) + "»");
                }
            }
        });
        return problems;
    }

    private static void find(String where, String text, Pattern pattern, String what, List<String> problems) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            problems.add(where + ": " + what + " «" + m.group() + "» in «" + around(text, m.start()) + "»");
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' ');
    }

    /** Codes a reader must not meet: snake_case and prefixed codes of the vocabulary, the closed vocabularies, indicator ids. */
    private Set<String> codes() {
        Set<String> out = new TreeSet<>();
        for (String kind : List.of("metric", "category", "unit")) {
            vocabulary.codes(kind).stream().filter(c -> c.contains("_") || c.contains(":")).forEach(out::add);
        }
        out.addAll(List.of("range_low", "range_high", "programme_region", "host_organisation", "survey_all_programmes",
                "at_survey", "end_of_programme", "since_start", "trainee_programme", "competence_pilot", "pre_study",
                "one_host", "resolved_from_region", "host_location", "multi_year", "open_ended", "county_2020",
                "county_2024", "ba_region", "programme_group", "nok_per_year", "trainee_survey_2021", "firm_survey_2021",
                "trainee_period"));
        indicators.catalogue().forEach(d -> out.add(d.indicatorId()));
        return out;
    }

    /** Words of the curators' notes (4 letters or more) that occur in no bokmål text the app holds. */
    private Set<String> englishOnlyWords() throws IOException {
        Set<String> notes = new TreeSet<>();
        Stream.of("SELECT note AS t FROM fact_observation", "SELECT conflict_note FROM fact_observation",
                        "SELECT note FROM programme", "SELECT note FROM programme_municipality",
                        "SELECT note FROM survey_observation")
                .flatMap(sql -> jdbc.sql(sql).query(String.class).list().stream())
                .filter(java.util.Objects::nonNull).forEach(t -> words(t, notes));
        Set<String> bokmal = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_en")).toList()) {
                Properties props = new Properties();
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    props.load(r);
                }
                props.values().forEach(v -> words(v.toString(), bokmal));
            }
        }
        Stream.of("SELECT label_nb FROM vocabulary_label", "SELECT source_quote FROM fact_observation",
                        "SELECT source_quote FROM programme", "SELECT source_quote FROM programme_municipality",
                        "SELECT source_section FROM fact_observation", "SELECT name FROM programme",
                        "SELECT host FROM programme", "SELECT name FROM public_municipality", "SELECT ba_name FROM public_municipality",
                        "SELECT county_name_2024 FROM public_municipality", "SELECT title FROM source_document",
                        "SELECT publisher FROM source_document", "SELECT question FROM survey_observation",
                        "SELECT answer_category FROM survey_observation", "SELECT source_quote FROM survey_observation",
                        "SELECT respondent_group FROM survey_observation", "SELECT caption FROM survey_table",
                        "SELECT caveat FROM survey_table", "SELECT comparison_caveat FROM survey_table",
                        "SELECT label_nb FROM indicator_definition", "SELECT definition_nb FROM indicator_definition",
                        "SELECT example FROM indicator_definition", "SELECT numerator_label_nb FROM indicator_definition",
                        "SELECT denominator_label_nb FROM indicator_definition")
                .flatMap(sql -> jdbc.sql(sql).query(String.class).list().stream())
                .filter(java.util.Objects::nonNull).forEach(t -> words(t, bokmal));
        notes.removeAll(bokmal);
        return notes;
    }

    private static void words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
