package no.traineemonitor.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
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
    private final DataVersionCache<FactSet, List<String>> documents = new DataVersionCache<>(200_000, List::size);
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
        return documents.get(FactSet.of(ids), () -> sources.documentLabels(ids));
    }

    /**
     * A set of fact ids as a cache key: its size and the SHA-256 of its ids in order. Kept as the set itself, the key of
     * a whole country's matrix held every one of its hundreds of thousands of ids (millions at 10 M facts) for as long
     * as the data version lasted.
     */
    record FactSet(int size, String sha256) {

        static FactSet of(Set<String> ids) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String id : ids.stream().sorted().toList()) {
                    sha.update(id.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                return new FactSet(ids.size(), HexFormat.of().formatHex(sha.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
