package no.traineemonitor.reference;

import org.jspecify.annotations.Nullable;

/**
 * Municipalities per centrality class in the 2021 report's Table 1 (2020 classes) and in the warehouse (2024
 * classes on 2020 codes), for a county group ("15+46" = Møre og Romsdal with Vestland, as Table 1 prints them) or
 * "NO". {@code table1Count} NULL = a blank cell in Table 1.
 */
public record CentralityCheck(String countyGroup, int centralityClass, @Nullable Integer table1Count, long warehouseCount,
                              long difference, @Nullable String factId) {
}
