package no.traineemonitor.warehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void malformed_quoting_is_reported_with_file_and_line() {
        assertThatThrownBy(() -> CsvReader.parse("a\nok\n\"never closed\n", "f.csv"))
                .hasMessage("f.csv:3: a quoted field is never closed");
        assertThatThrownBy(() -> CsvReader.parse("a,b\nx\"y,1\n", "f.csv"))
                .hasMessageStartingWith("f.csv:2: a quote inside an unquoted field");
    }
}
