/**
 * Import of SSB StatBank tables saved as JSON-stat 2.0 (the format of SSB's API) as a new reference version: the
 * dataset is read and checked ({@link no.traineemonitor.referenceimport.JsonStatDataset}), table 07459 is summed
 * to the population of each municipality and mapped across the reforms with the change table
 * ({@link no.traineemonitor.referenceimport.PopulationImport}), and the version is stored and loaded all or nothing
 * ({@link no.traineemonitor.referenceimport.ReferenceImportService}).
 */
@NullMarked
package no.traineemonitor.referenceimport;

import org.jspecify.annotations.NullMarked;
