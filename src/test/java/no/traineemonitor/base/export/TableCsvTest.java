package no.traineemonitor.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.traineemonitor.base.CsvFormat;
import org.junit.jupiter.api.Test;

/** A page's table as CSV: the two formats, the lines that say what the file is, numbers as held, no formulas. */
class TableCsvTest {

    record Row(String name, double share, Integer count) {
    }

    static final ExportInfo INFO = new ExportInfo("Gjennomføringsgrad – Nordland", "Fylke: 18 Nordland", "abc (bygd 7.12.2026 09:00)",
            "Traineemonitor (/indikatorer)", "gjennomforingsgrad-nordland",
            new ExportInfo.Labels("Tittel", "Utvalg", "Dataversjon", "Kilde"));

    // 71 of 78 = 0.9102564102564102 (Trainee Salten's completion), an unknown count, and a name that looks like a formula
    static final ExportTable TABLE = ExportTable.of(List.of(new Row("Trainee Salten", 71.0 / 78, 78), new Row("=1+1", 0.5, null)))
            .text("Program", Row::name).percent("Andel", Row::share).integer("Antall", Row::count).build();

    @Test
    void excel_nb_has_a_byte_order_mark_semicolons_and_decimal_commas() {
        byte[] bytes = TableCsv.write(INFO, TABLE, CsvFormat.EXCEL_NB);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).containsExactly(
                "Tittel;Gjennomføringsgrad – Nordland",
                "Utvalg;Fylke: 18 Nordland",
                "Dataversjon;abc (bygd 7.12.2026 09:00)",
                "Kilde;Traineemonitor (/indikatorer)",
                "",
                "Program;Andel (%);Antall",
                "Trainee Salten;91,02564102564102;78",
                "'=1+1;50;");
    }

    @Test
    void rfc4180_is_plain_utf8_with_commas_and_decimal_points() {
        String text = new String(TableCsv.write(INFO, TABLE, CsvFormat.RFC4180), StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        assertThat(text.split("\r\n")).contains("Program,Andel (%),Antall", "Trainee Salten,91.02564102564102,78", "'=1+1,50,");
    }

    @Test
    void a_value_that_looks_like_a_formula_stays_text_and_unknown_stays_empty() {
        assertThat(TableCsv.write(INFO, TABLE, CsvFormat.RFC4180)).asString(StandardCharsets.UTF_8).contains("\r\n'=1+1,")
                .doesNotContain("\r\n=1+1");
        assertThat(TableCsv.field(null, ExportTable.Kind.INTEGER, CsvFormat.EXCEL_NB)).isEmpty();
        assertThat(TableCsv.field(-2.5, ExportTable.Kind.DECIMAL, CsvFormat.EXCEL_NB)).isEqualTo("-2,5");
        assertThat(TableCsv.field(2020, ExportTable.Kind.YEAR, CsvFormat.EXCEL_NB)).isEqualTo("2020");
        assertThat(TableCsv.field(0.0, ExportTable.Kind.PERCENT, CsvFormat.RFC4180)).isEqualTo("0");
    }

    @Test
    void file_names_say_what_the_file_is_without_codes() {
        assertThat(FileNames.of("Fullføringsgrad", "34 Innlandet", 2024)).isEqualTo("fullforingsgrad-innlandet-2024");
        assertThat(FileNames.of("Hva som finnes", null)).isEqualTo("hva-som-finnes");
        assertThat(FileNames.of("Dekning etter klasse – 18 Nordland - Nordlánnda")).isEqualTo("dekning-etter-klasse-nordland-nordlannda");
        assertThat(FileNames.of("Tabell 8: Hvor fornøyd var du?")).isEqualTo("tabell-8-hvor-fornoyd-var-du");
    }
}
