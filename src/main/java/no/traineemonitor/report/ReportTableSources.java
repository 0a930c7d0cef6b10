package no.traineemonitor.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.traineemonitor.base.sql.DataVersionCache;
import no.traineemonitor.base.export.TableMetadata;
import no.traineemonitor.base.export.TableSources;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ReferenceVersion;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.warehouse.WarehouseChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reference version and documents a page's table names under it, from the same services the workbooks use. A page
 * has many tables and each names its sources: the documents per set of facts and the data version are kept until the
 * warehouse changes (a page asked the database twice per table before).
 */
@Component
class ReportTableSources implements TableSources {

    private final ReferenceService reference;
    private final SourceService sources;
    private final ReportRepository repository;
    private final DataVersionCache<Set<String>, List<String>> documents = new DataVersionCache<>(200_000, List::size);
    private volatile @Nullable String dataVersion;

    ReportTableSources(ReferenceService reference, SourceService sources, ReportRepository repository) {
        this.reference = reference;
        this.sources = sources;
        this.repository = repository;
    }

    /** A yearly return changed the warehouse: its version and the facts behind the tables are read again. */
    @EventListener
    void warehouseChanged(WarehouseChanged event) {
        dataVersion = null;
        documents.clear();
    }

    @Override
    public String dataVersion() {
        String v = dataVersion;
        if (v == null) {
            String read = repository.dataVersion().version();
            v = read.equals("(unknown)") ? "" : read; // a warehouse without a build record names no version
            dataVersion = v;
        }
        return v;
    }

    @Override
    public TableMetadata.Reference reference(Locale locale) {
        return reference(reference.currentVersion(), locale);
    }

    /** A reference version in the reader's words: number, title, date of the figures, licence. */
    static TableMetadata.Reference reference(ReferenceVersion v, Locale locale) {
        return new TableMetadata.Reference(v.id(), v.title(locale), v.date(locale), v.licence());
    }

    @Override
    public List<String> documents(Collection<String> factIds) {
        if (factIds.isEmpty()) {
            return List.of();
        }
        Set<String> ids = Set.copyOf(factIds);
        return documents.get(ids, () -> sources.documentLabels(ids));
    }
}
