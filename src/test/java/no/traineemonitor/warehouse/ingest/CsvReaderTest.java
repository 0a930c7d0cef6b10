package no.traineemonitor.warehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quoted_fields_may_hold_commas_quotes_and_line_breaks_and_records_keep_their_first_line() {
        var records = CsvReader.parse("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\r\nlast,row", "t.csv");
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 5);
        assertThat(records.get(1).fields()).containsExactly("x, y", "he said \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("two\nlines", "z");
        assertThat(records.get(3).fields()).isEqualTo(List.of("last", "row"));
    }

    @Test
    void empty_fields_stay_empty_and_blank_lines_are_skipped() {
        var records = CsvReader.parse("a,b,c\n,,\n\n1,,3\n", "t.csv");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("", "", "");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void fields_know_the_line_and_column_they_start_on() {
        var records = CsvReader.parse("id,note\nx1,\"two\nlines\",tail\n", "t.csv");
        assertThat(records.get(1).cells()).extracting(CsvReader.Field::line, CsvReader.Field::column)
                .containsExactly(tuple(2, 1), tuple(2, 4), tuple(3, 8));
    }

    @Test
    void malformed_quoting_is_reported_with_line_and_column() {
        assertThat(problem("a\nok\n\"never closed\n")).isEqualTo("3:1: a quoted field is never closed (expected a closing quote)");
        assertThat(problem("a,b\nx\"y,1\n")).startsWith("2:2: a quote inside an unquoted field (expected the whole field in quotes");
        assertThat(problem("a,b\n\"x\"y,1\n")).startsWith("2:4: text after a closing quote");
    }

    @Test
    void a_lone_carriage_return_and_another_delimiter_are_named() {
        assertThat(problem("a,b\r\n1,2\r3,4\r\n")).startsWith("2:4: a carriage return without a line feed (expected");
        assertThat(problem("a;b;c\n1;2;3\n")).isEqualTo("1:2: the fields are separated by ';' (expected ',': save the file as \"CSV UTF-8 (comma delimited)\")");
        assertThat(problem("\"a\";\"b\"\n")).startsWith("1:4: the fields are separated by ';'");
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_with_line_column_and_byte() {
        byte[] latin1 = "navn\nOslo\nTrøndelag\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.decode(latin1))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("byte 0xF8 (byte 3 of the line, 13 of the file) is not valid UTF-8"
                            + " (expected UTF-8 text: save the file as \"CSV UTF-8\")");
                });
        assertThat(CsvReader.decode("\uFEFFa,b".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("a,b");
    }

    private static String problem(String text) {
        try {
            CsvReader.parse(text, "f.csv");
            return "no problem";
        } catch (CsvReader.CsvFormatException e) {
            return e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }
}
