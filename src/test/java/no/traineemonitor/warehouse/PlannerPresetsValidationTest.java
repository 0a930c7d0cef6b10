package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.warehouse.ingest.LoadRejectedException;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner's presets are checked like the rest of the sample data: quotes, references, sums. */
class PlannerPresetsValidationTest {

    static final String FILE = "planner_presets/000_001.csv";

    @Test
    void a_cost_total_that_is_not_the_sum_of_the_lines_is_refused(@TempDir Path dir) {
        SampleDataCopy copy = SampleDataCopy.of(dir.resolve("sample"));
        int line = copy.line(FILE, r -> r.get("item").equals("cost_total"));
        copy.set(FILE, line, "value", "1000000");
        copy.set(FILE, line, "source_quote", "Total | | | 1.045.000 NOK");
        assertThatThrownBy(() -> new SampleDataLoader(new SqlFiles()).validate(copy.root, SourceQuoteTest.SEEDS))
                .isInstanceOf(LoadRejectedException.class)
                .hasMessageContaining(FILE + ":" + line + ":")
                .hasMessageContaining("cost_total 1000000 is not the sum of the preset's cost lines (1045000)");
    }

    @Test
    void a_preset_quote_not_in_its_document_and_an_unknown_programme_are_refused(@TempDir Path dir) {
        SampleDataCopy copy = SampleDataCopy.of(dir.resolve("sample"));
        int fee = copy.line(FILE, r -> r.get("item").equals("trainee_fee"));
        copy.set(FILE, fee, "source_quote", "servicekostnad på kr. 30000 pr. tertial pr. trainee");
        int area = copy.line(FILE, r -> r.get("item").equals("municipalities") && r.get("preset_id").equals("sor-osterdal"));
        copy.set(FILE, area, "category", "sor_osterdal_trainee");
        assertThatThrownBy(() -> new SampleDataLoader(new SqlFiles()).validate(copy.root, SourceQuoteTest.SEEDS))
                .isInstanceOf(LoadRejectedException.class)
                .hasMessageContaining(FILE + ":" + fee + ":")
                .hasMessageContaining("is not in 001_b2c93c8ef5279f83.txt")
                .hasMessageContaining("programme 'sor_osterdal_trainee' is not in programmes/");
    }
}
