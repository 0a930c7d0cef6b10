/**
 * Excel reports for funders and county councils: a workbook per county and per programme, and the full data extract
 * (.xlsx streamed with SXSSF, or .csv). Reports read the same services as the dashboard (indicators, benchmark,
 * sources, reference data), so what a user sees on screen is what they export.
 */
@NullMarked
package no.traineemonitor.report;

import org.jspecify.annotations.NullMarked;
