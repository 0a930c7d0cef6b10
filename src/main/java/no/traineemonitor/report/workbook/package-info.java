/**
 * The sheets of the report workbooks, one small class per sheet, and what they share: cell styles with Norwegian
 * number formats, a safe text writer (no value from data can become a formula), native charts and print set-up.
 * Sheets get plain data (records of the indicator, benchmark, source and reference features) and write it; they never
 * query anything.
 */
@NullMarked
package no.traineemonitor.report.workbook;

import org.jspecify.annotations.NullMarked;
