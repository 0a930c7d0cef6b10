package no.traineemonitor.referenceimport;

/**
 * A checked SSB table, worked out as the next reference version: population (07459), commuting (03321) or employment
 * (11618). Nothing is stored yet; the service stores it unless it holds the same figures as the current version.
 */
public sealed interface ReferencePlan permits PopulationImport.Plan, CommutingImport.Plan, EmploymentImport.Plan {

    /** SSB's table number. */
    String table();

    /** The year of the figures. */
    int year();

    /** The version compared with (the current one when checked). */
    int previousVersion();

    /** True when the table holds the same figures, after mapping, as the current version: no new version is made. */
    boolean unchanged();
}
