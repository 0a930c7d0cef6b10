package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.BaRegion;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.Municipality;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * The filter bar every dashboard page shares: county (2024 division by default, 2020 for the 2021 report's figures),
 * labour-market region, centrality class, programme type, programme and period. Cascading: a county narrows the
 * regions and programmes offered. It only reports changes; the page puts them in the URL and re-reads it.
 */
class FilterBar extends Composite<FlexLayout> {

    static final int FIRST_YEAR = 1998;
    static final int LAST_YEAR = 2026;

    private final ReferenceService reference;
    private final ProgrammeService programmes;
    private final Select<CountyDivision> division = new Select<>();
    private final Select<County> county = new Select<>();
    private final Select<BaRegion> ba = new Select<>();
    private final Select<Integer> centrality = new Select<>();
    private final Select<String> type = new Select<>();
    private final Select<Programme> programme = new Select<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Map<Select<?>, List<?>> itemsShown = new HashMap<>();
    private FilterState state = FilterState.empty();
    private boolean updating;

    FilterBar(ReferenceService reference, ProgrammeService programmes, Consumer<FilterState> onChange) {
        this.reference = reference;
        this.programmes = programmes;
        FlexLayout bar = getContent();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-bar");

        division.setLabel(getTranslation("filter.division"));
        division.setItems(CountyDivision.D2024, CountyDivision.D2020);
        division.setItemLabelGenerator(d -> d.year());
        division.setWidth("7em");
        setUp(county, "filter.county", "filter.all-counties", County::label, "filter-county");
        setUp(ba, "filter.ba", "filter.all", BaRegion::label, "filter-ba");
        setUp(centrality, "filter.centrality", "filter.all", c -> getTranslation("filter.centrality-class", c), "filter-centrality");
        centrality.setItems(1, 2, 3, 4, 5, 6);
        setUp(type, "programme.type", "filter.all", t -> getTranslation("type." + t), "filter-type");
        type.setItems(ProgrammeService.TYPES);
        setUp(programme, "filter.programme", "filter.all", Programme::name, "filter-programme");
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().sorted(Comparator.reverseOrder()).toList();
        setUp(from, "filter.from", "filter.any-year", String::valueOf, "filter-from");
        setUp(to, "filter.to", "filter.any-year", String::valueOf, "filter-to");
        from.setItems(years);
        to.setItems(years);
        from.setWidth("8em");
        to.setWidth("8em");
        county.setWidth("15em");
        ba.setWidth("14em");
        programme.setWidth("16em");

        division.addValueChangeListener(e -> fire(onChange, state.withCounty(null, e.getValue())));
        county.addValueChangeListener(e -> fire(onChange, state.withCounty(e.getValue() == null ? null : e.getValue().number(), state.division())));
        ba.addValueChangeListener(e -> fire(onChange, state.withBa(e.getValue() == null ? null : e.getValue().number())));
        centrality.addValueChangeListener(e -> fire(onChange, state.withCentrality(e.getValue())));
        type.addValueChangeListener(e -> fire(onChange, state.withType(e.getValue())));
        programme.addValueChangeListener(e -> fire(onChange, state.withProgramme(e.getValue() == null ? null : e.getValue().programmeId())));
        from.addValueChangeListener(e -> fire(onChange, state.withYears(e.getValue(), state.to())));
        to.addValueChangeListener(e -> fire(onChange, state.withYears(state.from(), e.getValue())));
        bar.add(division, county, ba, centrality, type, programme, from, to);
    }

    /** Shows a state (from the URL) without reporting it as a change. */
    void show(FilterState s) {
        updating = true;
        try {
            state = s;
            division.setValue(s.division());
            List<County> counties = reference.counties(s.division());
            setItemsIfChanged(county, counties);
            county.setValue(counties.stream().filter(c -> c.number().equals(s.county())).findFirst().orElse(null));
            List<BaRegion> regions = baRegionsOf(s);
            setItemsIfChanged(ba, regions);
            ba.setValue(regions.stream().filter(b -> b.number().equals(s.ba())).findFirst().orElse(null));
            centrality.setValue(s.centrality());
            type.setValue(s.type());
            List<Programme> offered = programmesOf(s);
            setItemsIfChanged(programme, offered);
            programme.setValue(offered.stream().filter(p -> p.programmeId().equals(s.programme())).findFirst().orElse(null));
            from.setValue(s.from());
            to.setValue(s.to());
        } finally {
            updating = false;
        }
    }

    /**
     * Replaces a select's items only when they differ: every item is a component on the server and in the browser,
     * and most filter changes keep the lists (all 159 BA-regions when no county is chosen).
     */
    private <T> void setItemsIfChanged(Select<T> select, List<T> items) {
        if (!items.equals(itemsShown.get(select))) {
            select.setItems(items);
            itemsShown.put(select, items);
        }
    }

    private List<BaRegion> baRegionsOf(FilterState s) {
        if (s.county() == null) {
            return reference.baRegions();
        }
        List<String> numbers = reference.municipalities(s.county(), s.division()).stream()
                .map(Municipality::baNr).filter(Objects::nonNull).distinct().toList();
        return reference.baRegions().stream().filter(b -> numbers.contains(b.number())).toList();
    }

    private List<Programme> programmesOf(FilterState s) {
        return programmes.programmes(null, null, s.type()).stream()
                .filter(p -> s.county() == null || s.county().equals(
                        s.division() == CountyDivision.D2020 ? p.countyNumber2020() : p.countyNumber2024()))
                .sorted(Comparator.comparing(Programme::name))
                .toList();
    }

    private void fire(Consumer<FilterState> onChange, FilterState next) {
        if (!updating && !next.equals(state)) {
            state = next;
            onChange.accept(next);
        }
    }

    private <T> void setUp(Select<T> select, String labelKey, String emptyKey,
                           java.util.function.Function<T, String> label, String id) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(emptyKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(emptyKey) : label.apply(v));
        select.setId(id);
    }

    @Nullable FilterState state() {
        return state;
    }
}
