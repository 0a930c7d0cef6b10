/**
 * Coverage and regional context: which municipalities and BA-regions the programmes reach (by centrality class and
 * population), white spots with the nearest programme, the municipality map drawn server-side as SVG from the
 * reference GeoJSON, BA-region figures, and the commuting analysis of the 2021 report's appendix 2 recomputed from
 * SSB's commuting tables.
 */
@NullMarked
package no.traineemonitor.coverage;

import org.jspecify.annotations.NullMarked;
