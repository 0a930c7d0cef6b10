package no.traineemonitor.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.TableMetadata;
import no.traineemonitor.base.export.TableSources;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ReferenceVersion;
import no.traineemonitor.source.SourceService;
import org.springframework.stereotype.Component;

/** The reference version and documents a page's table names under it, from the same services the workbooks use. */
@Component
class ReportTableSources implements TableSources {

    private final ReferenceService reference;
    private final SourceService sources;

    ReportTableSources(ReferenceService reference, SourceService sources) {
        this.reference = reference;
        this.sources = sources;
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
        return sources.facts(factIds).stream().map(f -> sources.documentLabel(f.sourceFile())).distinct().sorted().toList();
    }
}
