package no.traineemonitor.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.Collection;
import java.util.List;
import no.traineemonitor.base.export.ExportService;
import no.traineemonitor.base.export.TableMetadata;

/**
 * The compact muted line under a page's table, as StatBank has under every table: unit, sources (documents by title,
 * the first few, and the SSB tables used), reference version and date, licence; and "Siter / Cite", a small fold that
 * shows the suggested citation. The same {@link TableMetadata} the table's CSV and XLSX downloads and the workbooks carry.
 */
public class TableAbout extends Div {

    /** Documents named on screen; the rest are counted (the downloads and workbooks name them all). */
    public static final int SHOWN_DOCUMENTS = 3;

    private final TableMetadata metadata;

    public TableAbout(TableMetadata metadata) {
        this.metadata = metadata;
        addClassName("table-about");
        for (TableMetadata.Line line : metadata.lines()) {
            Span part = new Span();
            Span label = new Span(line.label() + ": ");
            label.addClassName("table-about-label");
            part.add(label, new Span(line.text()));
            add(part);
        }
        Span citation = new Span(metadata.citation().text());
        citation.addClassName("table-about-citation");
        NativeDetails cite = new NativeDetails(getTranslation("meta.cite"), citation);
        cite.addClassName("table-about-cite");
        add(cite);
    }

    /**
     * The line under a table that has no download menu (a menu's {@link ExportMenu#about} gives its own).
     *
     * @param title   what the table is, as the citation names it
     * @param subject the selection it shows ("" when none)
     * @param unitKey the unit's words: {@code meta.unit.KEY}
     * @param factIds the facts its figures come from
     * @param ssb     the SSB tables it uses
     */
    public static TableAbout of(String title, String subject, String unitKey, Collection<String> factIds,
                                TableMetadata.Ssb... ssb) {
        return ofDocuments(title, subject, unitKey, service().documents(factIds), TableMetadata.tables(factIds, List.of(ssb)));
    }

    /** As {@link #of}, for a table whose rows name their documents themselves (by title). */
    public static TableAbout ofDocuments(String title, String subject, String unitKey, Collection<String> documents,
                                         Collection<TableMetadata.Ssb> ssb) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent(); // the page's language
        return new TableAbout(service().metadata(ui::getTranslation, ui.getLocale(),
                ui.getTranslation("meta.unit." + unitKey), documents, ssb, title, subject, SHOWN_DOCUMENTS));
    }

    private static ExportService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ExportService.class);
    }

    public TableMetadata metadata() {
        return metadata;
    }
}
