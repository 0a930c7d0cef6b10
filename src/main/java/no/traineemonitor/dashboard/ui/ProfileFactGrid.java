package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.indicator.PeriodText;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import no.traineemonitor.source.ui.FactDetails;
import no.traineemonitor.base.ui.RowDetails;

/**
 * Facts with their citation, in the reader's words, fitted to a laptop: what, period, value with its unit, precision
 * and document; the verbatim quote, scope and section in the row's details (click a row). {@code full} adds the fact
 * id and the conflict mark (which other values the sources give).
 */
final class ProfileFactGrid {

    private ProfileFactGrid() {
    }

    static Grid<Fact> of(List<Fact> facts, String id, boolean full, FactText text) {
        var grid = new Grid<Fact>();
        grid.setId(id);
        Map<String, String> conflicts = full ? text.conflicts(facts) : Map.of();
        if (full) {
            grid.addColumn(Fact::factId).setKey("fact").setHeader(grid.getTranslation("profile.fact")).setWidth("6.5rem")
                    .setFlexGrow(0).setSortable(true);
        }
        grid.addColumn(text::metricAndCategory).setKey("metric").setHeader(grid.getTranslation("profile.metric"))
                .setWidth("10rem").setFlexGrow(2).setSortable(true);
        grid.addColumn(text::period).setKey("period").setHeader(grid.getTranslation("profile.period")).setWidth("7rem")
                .setFlexGrow(1).setComparator(f -> f.periodEnd() == null ? -1 : f.periodEnd());
        grid.addColumn(text::value).setKey("value").setHeader(grid.getTranslation("profile.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0).setComparator(Fact::value);
        grid.addColumn(f -> text.qualifier(f.qualifier())).setKey("qualifier").setHeader(grid.getTranslation("profile.qualifier"))
                .setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(text::citation).setKey("source").setHeader(grid.getTranslation("profile.source"))
                .setWidth("10rem").setFlexGrow(2).setSortable(true);
        if (full) {
            grid.addColumn(f -> conflicts.getOrDefault(f.factId(), "")).setKey("conflict")
                    .setHeader(grid.getTranslation("profile.conflict")).setWidth("8rem").setFlexGrow(1);
        }
        RowDetails.set(grid, f -> FactDetails.of(f, text));
        Sections.fit(grid);
        if (full && facts.size() > 15) {
            grid.setHeight("36rem");
        } else {
            grid.setAllRowsVisible(true);
        }
        grid.setItems(facts);
        return grid;
    }

    /**
     * The export menu of a profile's fact table: the same facts, values as the source gives them with their unit, the
     * document, section and verbatim quote; titled by the section and the programme.
     */
    static ExportMenu export(List<Fact> facts, String id, String section, FactText text, PeriodText.Words t) {
        String programme = facts.isEmpty() ? "" : text.subject(facts.getFirst());
        String title = section + " – " + programme;
        return ExportMenu.table(id + "-export", title, t.get("filter.programme") + ": " + programme, FileNames.of(title),
                () -> ExportTable.of(facts)
                        .text(t.get("profile.fact"), Fact::factId)
                        .text(t.get("profile.metric"), text::metricAndCategory)
                        .text(t.get("profile.period"), text::period)
                        .year(t.get("export.col.period-start"), Fact::periodStart)
                        .year(t.get("export.col.period-end"), Fact::periodEnd)
                        .decimal(t.get("profile.value"), Fact::value)
                        .text(t.get("export.col.unit"), text::unit)
                        .text(t.get("profile.qualifier"), f -> text.qualifier(f.qualifier()))
                        .text(t.get("profile.source"), text::citation)
                        .text(t.get("explorer.quote"), Fact::sourceQuote)
                        .build());
    }
}
