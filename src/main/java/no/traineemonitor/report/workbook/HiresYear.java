package no.traineemonitor.report.workbook;

import java.util.List;

/** Trainees hired in one year, summed over the programmes that report that single year (as on the overview page). */
public record HiresYear(int year, double hires, int programmes, List<String> factIds) {
}
