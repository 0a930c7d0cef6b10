/**
 * The words users read for the codes of the data: every metric, category and unit of the facts has a label in bokmål
 * and English, loaded as data from {@code sample-data/vocabulary/} (table {@code vocabulary_label}), so no page or
 * workbook shows a code such as {@code funding_nok} or {@code located_in_1804_bodo}.
 */
@NullMarked
package no.traineemonitor.vocabulary;

import org.jspecify.annotations.NullMarked;
