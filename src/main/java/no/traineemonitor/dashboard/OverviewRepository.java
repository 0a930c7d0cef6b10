package no.traineemonitor.dashboard;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.SelectionParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OverviewRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    OverviewRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    private JdbcClient.StatementSpec selection(String file, IndicatorFilter f) {
        return SelectionParameters.bind(jdbc.sql(sql.get(file)), f);
    }

    List<OverviewService.SelectedProgramme> programmes(IndicatorFilter f) {
        return selection("query/dashboard/selection.sql", f)
                .query((rs, i) -> new OverviewService.SelectedProgramme(rs.getString("programme_id"), rs.getString("name"),
                        rs.getString("type"), rs.getString("status"), rs.getObject("covered_municipalities", Long.class),
                        rs.getObject("covered_population") == null ? null : rs.getLong("covered_population")))
                .list();
    }

    List<OverviewService.YearlyHires> yearlyHires(IndicatorFilter f) {
        return selection("query/dashboard/yearly_hires.sql", f)
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear())
                .query((rs, i) -> new OverviewService.YearlyHires(rs.getInt("year"), rs.getDouble("hires"),
                        rs.getInt("programmes"), strings(rs.getArray("fact_ids"))))
                .list();
    }

    List<OverviewService.FundingFigure> publicFunding(IndicatorFilter f) {
        return selection("query/dashboard/public_funding.sql", f)
                .query((rs, i) -> new OverviewService.FundingFigure(rs.getString("programme_id"), rs.getString("name"),
                        rs.getString("category"), rs.getObject("period_start", Integer.class),
                        rs.getObject("period_end", Integer.class), rs.getDouble("value"), rs.getString("qualifier"),
                        rs.getString("fact_id")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
