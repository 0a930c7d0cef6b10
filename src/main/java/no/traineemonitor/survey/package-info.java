/**
 * What trainees and host firms answered in the 2021 report's surveys (002): each table as shares of its respondents
 * with counts, n and 95 % Wilson intervals, checked against itself (rows that do not add up, shares that do not fit
 * n, missing cells) and against an independent group where one is given (a Newcombe interval for the difference).
 * The page is {@code ui/SurveyView} ({@code /undersokelser}); the workbooks' survey sheets read the same service.
 */
@NullMarked
package no.traineemonitor.survey;

import org.jspecify.annotations.NullMarked;
