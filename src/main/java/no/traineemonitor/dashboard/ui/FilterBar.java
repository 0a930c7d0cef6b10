package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * labour-market region, centrality classes (several at once: 5 and 6), programme type, programme and period.
 * Cascading: a county narrows the regions and programmes offered. It folds to one line that says what is selected
 * (a laptop's first screen is for the figures); whether it is open is remembered for the session. It only reports
 * changes; the page puts them in the URL and re-reads it.
 */
class FilterBar extends Composite<Details> {

    static final int FIRST_YEAR = 1998;
    static final int LAST_YEAR = 2026;
    /** Session attribute: the user opened (true) or closed (false) the filter bar. */
    static final String OPEN_ATTRIBUTE = FilterBar.class.getName() + ".open";

    private final ReferenceService reference;
    private final ProgrammeService programmes;
    private final Select<CountyDivision> division = new Select<>();
    private final Select<County> county = new Select<>();
    private final Select<BaRegion> ba = new Select<>();
    private final MultiSelectComboBox<Integer> centrality = new MultiSelectComboBox<>();
    private final Select<String> type = new Select<>();
    private final Select<Programme> programme = new Select<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Span summary = new Span();
    private final Map<Select<?>, List<?>> itemsShown = new HashMap<>();
    private FilterState state = FilterState.empty();
    private boolean updating;

    FilterBar(ReferenceService reference, ProgrammeService programmes, Consumer<FilterState> onChange) {
        this.reference = reference;
        this.programmes = programmes;
        FlexLayout bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("filter-fields");

        division.setLabel(getTranslation("filter.division"));
        division.setItems(CountyDivision.D2024, CountyDivision.D2020);
        division.setItemLabelGenerator(d -> d.year());
        division.setId("filter-division");
        division.addThemeVariants(SelectVariant.LUMO_SMALL);
        division.setWidth("6.5em");
        setUp(county, "filter.county", "filter.all-counties", County::label, "filter-county");
        setUp(ba, "filter.ba", "filter.all", BaRegion::label, "filter-ba");
        centrality.setLabel(getTranslation("filter.centrality"));
        centrality.setItems(1, 2, 3, 4, 5, 6);
        centrality.setItemLabelGenerator(c -> getTranslation("filter.centrality-item", c));
        centrality.setPlaceholder(getTranslation("filter.all"));
        centrality.setId("filter-centrality");
        centrality.addThemeVariants(MultiSelectComboBoxVariant.LUMO_SMALL);
        centrality.setWidth("11em");
        setUp(type, "programme.type", "filter.all", t -> getTranslation("type." + t), "filter-type");
        type.setItems(ProgrammeService.TYPES);
        setUp(programme, "filter.programme", "filter.all", Programme::name, "filter-programme");
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().sorted(Comparator.reverseOrder()).toList();
        setUp(from, "filter.from", "filter.any-year", String::valueOf, "filter-from");
        setUp(to, "filter.to", "filter.any-year", String::valueOf, "filter-to");
        from.setItems(years);
        to.setItems(years);
        from.setWidth("6.5em");
        to.setWidth("6.5em");
        county.setWidth("13em");
        ba.setWidth("12em");
        type.setWidth("10em");
        programme.setWidth("14em");

        division.addValueChangeListener(e -> fire(onChange, state.withCounty(null, e.getValue())));
        county.addValueChangeListener(e -> fire(onChange, state.withCounty(e.getValue() == null ? null : e.getValue().number(), state.division())));
        ba.addValueChangeListener(e -> fire(onChange, state.withBa(e.getValue() == null ? null : e.getValue().number())));
        centrality.addValueChangeListener(e -> fire(onChange, state.withCentralities(new ArrayList<>(e.getValue()))));
        type.addValueChangeListener(e -> fire(onChange, state.withType(e.getValue())));
        programme.addValueChangeListener(e -> fire(onChange, state.withProgramme(e.getValue() == null ? null : e.getValue().programmeId())));
        from.addValueChangeListener(e -> fire(onChange, state.withYears(e.getValue(), state.to())));
        to.addValueChangeListener(e -> fire(onChange, state.withYears(state.from(), e.getValue())));
        bar.add(division, county, ba, centrality, type, programme, from, to);

        summary.setId("filter-summary");
        Details details = getContent();
        details.setId("filter-bar");
        details.addClassName("filter-bar");
        details.addThemeVariants(DetailsVariant.LUMO_FILLED, DetailsVariant.LUMO_SMALL);
        details.setWidthFull();
        details.setSummary(summary);
        details.add(bar);
        Object open = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(OPEN_ATTRIBUTE);
        details.setOpened(Boolean.TRUE.equals(open));
        details.addOpenedChangeListener(e -> {
            if (e.isFromClient() && VaadinSession.getCurrent() != null) {
                VaadinSession.getCurrent().setAttribute(OPEN_ATTRIBUTE, e.isOpened());
            }
        });
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
            centrality.setValue(new LinkedHashSet<>(s.centralities()));
            type.setValue(s.type());
            List<Programme> offered = programmesOf(s);
            setItemsIfChanged(programme, offered);
            programme.setValue(offered.stream().filter(p -> p.programmeId().equals(s.programme())).findFirst().orElse(null));
            from.setValue(s.from());
            to.setValue(s.to());
            summary.setText(getTranslation("filter.summary", describe(s)));
        } finally {
            updating = false;
        }
    }

    /** The selection in words, for the folded bar: "Fylke: 18 Nordland · Sentralitet: klasse 5 og 6 · År: 2015–2020". */
    String describe(FilterState s) {
        List<String> parts = new ArrayList<>();
        if (s.county() != null) {
            String name = reference.county(s.county(), s.division()).map(County::label).orElse(s.county());
            parts.add(getTranslation("filter.county") + ": " + name
                    + (s.division() == CountyDivision.D2020 ? " (" + getTranslation("filter.division-2020-short") + ")" : ""));
        }
        if (s.ba() != null) {
            parts.add(getTranslation("filter.ba") + ": " + reference.baRegions().stream().filter(b -> b.number().equals(s.ba()))
                    .findFirst().map(BaRegion::label).orElse(s.ba()));
        }
        if (!s.centralities().isEmpty()) {
            parts.add(getTranslation("filter.centrality") + ": " + getTranslation(
                    s.centralities().size() == 1 ? "filter.classes" : "filter.classes-several",
                    classes(s.centralities(), getTranslation("filter.and"))));
        }
        if (s.type() != null) {
            parts.add(getTranslation("programme.type") + ": " + getTranslation("type." + s.type()));
        }
        if (s.programme() != null) {
            parts.add(getTranslation("filter.programme") + ": "
                    + programmes.programme(s.programme()).map(Programme::name).orElse(s.programme()));
        }
        if (s.from() != null || s.to() != null) {
            parts.add(getTranslation("filter.years") + ": " + (s.from() == null ? getTranslation("filter.until", String.valueOf(s.to()))
                    : s.to() == null ? getTranslation("filter.since", String.valueOf(s.from())) : s.from() + "–" + s.to()));
        }
        return parts.isEmpty() ? getTranslation("filter.nothing") : String.join(" · ", parts);
    }

    /** Classes in words: "klasse 5", "klasse 5 og 6", "klasse 1, 3 og 5". */
    static String classes(List<Integer> classes, String and) {
        List<String> numbers = classes.stream().map(String::valueOf).toList();
        String joined = numbers.size() == 1 ? numbers.getFirst()
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " " + and + " " + numbers.getLast();
        return joined;
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
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
    }

    @Nullable FilterState state() {
        return state;
    }
}
