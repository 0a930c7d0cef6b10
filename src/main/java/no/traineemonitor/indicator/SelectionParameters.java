package no.traineemonitor.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Binds a filter's selection to the parameters every "programmes in the selection" query takes (those of the table
 * macro {@code f_selected_programmes}): {@code :county2024, :county2020, :ba, :centrality, :type, :programme}. {@code :centrality} is a list of classes as text
 * ("5,6"), NULL for all.
 */
public final class SelectionParameters {

    private SelectionParameters() {
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, IndicatorFilter f) {
        return query
                .param("county2024", f.county2024())
                .param("county2020", f.county2020())
                .param("ba", f.baRegion())
                .param("centrality", f.centralityList())
                .param("type", f.programmeType())
                .param("programme", f.programmeId());
    }
}
