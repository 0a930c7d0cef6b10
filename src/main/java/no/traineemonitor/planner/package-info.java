/**
 * The what-if planner: a programme that does not exist yet, tried out on the warehouse's real figures. Given
 * municipalities, a programme length, a cohort and a fee model, it says which municipalities and inhabitants would be
 * newly covered (by centrality class), how many applicants, hires, completions and retained trainees to expect from
 * the peers' pooled yearly outcome rates (ranges from their 95 % intervals, never a point), and what the programme
 * would cost a year, what a trainee would cost, how much public money it would need at a given willingness to pay and
 * how many members it would need. Presets come from the two sources about programmes that were considered and not
 * started (000's cost table, 001's fee models), each figure with its source.
 */
@NullMarked
package no.traineemonitor.planner;

import org.jspecify.annotations.NullMarked;
