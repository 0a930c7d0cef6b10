package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.reference.Municipality;

/** A municipality and the programmes recorded as covering it (any county's programmes). */
public record CoverageRow(Municipality municipality, List<Covering> programmes) {

    /** A programme covering the municipality, and how that is known (basis). */
    public record Covering(String programmeId, String name, String type, String status, String basis) {

        public boolean activeTraineeProgramme() {
            return type.equals("trainee_programme") && status.equals("active");
        }
    }

    public boolean covered() {
        return programmes.stream().anyMatch(Covering::activeTraineeProgramme);
    }
}
