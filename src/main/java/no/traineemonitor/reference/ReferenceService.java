package no.traineemonitor.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reference data: municipalities, counties (2020 and 2024 division), BA-regions, centrality, population. */
@Service
public class ReferenceService {

    private final ReferenceRepository repository;
    private final Map<CountyDivision, List<County>> counties = new ConcurrentHashMap<>();
    private volatile @Nullable List<Municipality> allMunicipalities;
    private volatile @Nullable List<BaRegion> baRegions;
    private volatile @Nullable ReferenceVersion version;

    ReferenceService(ReferenceRepository repository) {
        this.repository = repository;
    }

    /** A new reference version (or a rebuilt warehouse) changes the population: read it again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        allMunicipalities = null;
        version = null;
    }

    /** The reference version every population figure comes from now (the newest loaded). */
    public ReferenceVersion currentVersion() {
        ReferenceVersion v = version;
        if (v == null) {
            v = repository.currentVersion();
            version = v;
        }
        return v;
    }

    /** Every reference version, newest first (the list on /admin; read each time: it changes with an import). */
    public List<ReferenceVersionSummary> versions() {
        return repository.versions();
    }

    /**
     * All municipalities of 2020, or those of one county in the given division. The 356 rows are read once and kept:
     * every dashboard render narrows the BA-regions to the county's, and reference data only changes with a reload.
     */
    public List<Municipality> municipalities(@Nullable String countyNumber, CountyDivision division) {
        List<Municipality> all = allMunicipalities;
        if (all == null) {
            all = List.copyOf(repository.municipalities());
            allMunicipalities = all;
        }
        if (countyNumber == null) {
            return all;
        }
        return all.stream().filter(m -> countyNumber.equals(division == CountyDivision.D2020
                ? m.countyNumber2020() : m.countyNumber2024())).toList();
    }

    /** The counties of a division, by number (reference data only changes with a reload, so it is cached). */
    public List<County> counties(CountyDivision division) {
        return counties.computeIfAbsent(division, repository::counties);
    }

    /**
     * The 2021 report's Table 1 (2020 centrality classes per county) against the classes the warehouse holds (2024
     * classes mapped to 2020 codes): where they differ, the classification changed between the versions.
     */
    public List<CentralityCheck> centralityCheck() {
        return repository.centralityCheck();
    }

    /** The 159 labour-market regions (cached). */
    public List<BaRegion> baRegions() {
        if (baRegions == null) {
            baRegions = repository.baRegions();
        }
        return baRegions;
    }

    public Optional<County> county(String number, CountyDivision division) {
        return counties(division).stream().filter(c -> c.number().equals(number)).findFirst();
    }
}
