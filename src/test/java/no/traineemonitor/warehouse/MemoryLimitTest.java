package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** traineemonitor.duckdb.memory-limit: a size in MB or GB sets DuckDB's limit; anything else stops the start, said. */
class MemoryLimitTest {

    @Test
    void a_size_sets_the_limit_and_nothing_leaves_duckdbs_default() {
        assertThat(DataSourceConfiguration.memoryLimitSql("512MB")).contains("SET memory_limit = '512MB'");
        assertThat(DataSourceConfiguration.memoryLimitSql(" 2GB ")).contains("SET memory_limit = '2GB'");
        assertThat(DataSourceConfiguration.memoryLimitSql("")).isEmpty();
    }

    @Test
    void anything_else_is_refused_with_the_property_and_the_value() {
        assertThatThrownBy(() -> DataSourceConfiguration.memoryLimitSql("512MB'; DROP TABLE programme; --"))
                .hasMessageContaining("traineemonitor.duckdb.memory-limit").hasMessageContaining("512MB'; DROP");
        assertThatThrownBy(() -> DataSourceConfiguration.memoryLimitSql("lots")).hasMessageContaining("'lots'");
    }
}
