package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A municipality no programme of the selection reaches, with the nearest programme: the programme(s) covering the
 * covered municipality whose centroid lies closest to this municipality's centroid (straight line, not travel).
 *
 * @param nearestProgrammes     names; empty when no programme of the selection covers any municipality
 * @param nearestVia            the covered municipality that is closest; NULL when none
 * @param nearestDistanceKm     centroid to centroid, km; NULL when none
 */
public record WhiteSpot(MunicipalityCoverage municipality, List<String> nearestProgrammes,
                        @Nullable String nearestVia, @Nullable Double nearestDistanceKm) {
}
