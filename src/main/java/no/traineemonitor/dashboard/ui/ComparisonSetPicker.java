package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * The comparison set ({@code sett=ID,ID,…} in the URL): any programmes or counties, chosen in one field, and suggested
 * sets from the programme attributes (length, size, dominant centrality, region) as one click each. It only reports
 * the new set; the page puts it in the URL.
 */
class ComparisonSetPicker extends Composite<Div> {

    /** A suggested set: its name and the programme ids in it. */
    record Suggestion(String name, List<String> ids) {
    }

    ComparisonSetPicker(FilterState state, ProgrammeService programmes, ReferenceService reference,
                        List<ProgrammeProfile> profiles, Consumer<List<String>> onChange) {
        Div box = getContent();
        box.setId("comparison-set");
        box.addClassName("comparison-set");
        Map<String, String> names = new LinkedHashMap<>();
        programmes.programmes(null, null, null).stream().sorted(Comparator.comparing(Programme::name))
                .forEach(p -> names.put(p.programmeId(), p.name()));
        reference.counties(CountyDivision.D2024).forEach(c -> names.put(c.number(), getTranslation("set.county", c.label())));
        MultiSelectComboBox<String> pick = new MultiSelectComboBox<>(getTranslation("set.label"));
        pick.setId("set-pick");
        pick.setItems(new ArrayList<>(names.keySet()));
        pick.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        pick.setPlaceholder(getTranslation("set.placeholder"));
        pick.addThemeVariants(MultiSelectComboBoxVariant.LUMO_SMALL);
        pick.setWidth("30em");
        pick.setMaxWidth("100%");
        pick.setValue(new LinkedHashSet<>(state.set()));
        pick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                List<String> chosen = new ArrayList<>(state.set().stream().filter(e.getValue()::contains).toList());
                e.getValue().stream().filter(id -> !chosen.contains(id)).forEach(chosen::add);
                onChange.accept(chosen);
            }
        });
        box.add(pick);
        if (!state.set().isEmpty()) {
            Button clear = new Button(getTranslation("set.clear"), e -> onChange.accept(List.of()));
            clear.setId("set-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(clear);
        }
        List<Suggestion> suggestions = suggestions(state, profiles, programmes, reference);
        if (!suggestions.isEmpty()) {
            Div row = new Div(new Span(getTranslation("set.suggested") + " "));
            row.setId("set-suggestions");
            row.addClassName("set-suggestions");
            for (Suggestion s : suggestions) {
                Button b = new Button(getTranslation("set.suggestion", s.name(), s.ids().size()), e -> onChange.accept(s.ids()));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                b.getElement().setAttribute("data-set", String.join(",", s.ids()));
                row.add(b);
            }
            box.add(row);
        }
    }

    /**
     * Sets suggested from the programme attributes: around a programme (the one chosen in the filter, else the first of
     * the set) the trainee programmes of the same length, size, dominant centrality class and county; without one, the
     * trainee programmes of each length. Only sets of at least two programmes are offered.
     */
    List<Suggestion> suggestions(FilterState state, List<ProgrammeProfile> profiles, ProgrammeService programmes,
                                 ReferenceService reference) {
        Map<String, ProgrammeProfile> byId = new LinkedHashMap<>();
        profiles.stream().sorted(Comparator.comparing(ProgrammeProfile::name)).forEach(p -> byId.put(p.programmeId(), p));
        String anchorId = state.programme() != null ? state.programme()
                : state.set().stream().filter(byId::containsKey).findFirst().orElse(null);
        List<Suggestion> out = new ArrayList<>();
        ProgrammeProfile anchor = anchorId == null ? null : byId.get(anchorId);
        if (anchor != null) {
            List<ProgrammeProfile> sameType = byId.values().stream().filter(p -> p.type().equals(anchor.type())).toList();
            add(out, getTranslation("set.same-length", anchor.name()), sameType, p -> anchor.lengthBand() != null
                    && anchor.lengthBand().equals(p.lengthBand()));
            add(out, getTranslation("set.same-size", anchor.name()), sameType, p -> anchor.sizeBand() != null
                    && anchor.sizeBand().equals(p.sizeBand()));
            add(out, getTranslation("set.same-centrality", anchor.name()), sameType, p -> anchor.dominantCentralityClass() != null
                    && anchor.dominantCentralityClass().equals(p.dominantCentralityClass()));
            String county = programmes.programme(anchor.programmeId()).map(Programme::countyNumber2024).orElse(null);
            add(out, getTranslation("set.same-county", anchor.name()), sameType, p -> county != null
                    && county.equals(programmes.programme(p.programmeId()).map(Programme::countyNumber2024).orElse(null)));
        } else {
            List<ProgrammeProfile> trainee = byId.values().stream().filter(p -> p.type().equals("trainee_programme")).toList();
            trainee.stream().map(ProgrammeProfile::lengthBand).filter(Objects::nonNull).distinct().sorted()
                    .forEach(band -> add(out, getTranslation("set.length", band), trainee, p -> band.equals(p.lengthBand())));
            trainee.stream().map(ProgrammeProfile::dominantCentralityClass).filter(Objects::nonNull).distinct().sorted()
                    .filter(c -> c >= 5).forEach(c -> add(out, getTranslation("set.centrality", c), trainee,
                            p -> c.equals(p.dominantCentralityClass())));
            if (state.county() != null && state.division() == CountyDivision.D2024) {
                String name = reference.county(state.county(), CountyDivision.D2024).map(County::name).orElse(state.county());
                add(out, getTranslation("set.in-county", name), trainee, p -> state.county().equals(
                        programmes.programme(p.programmeId()).map(Programme::countyNumber2024).orElse(null)));
            }
        }
        return out;
    }

    private static void add(List<Suggestion> out, String name, List<ProgrammeProfile> among, Predicate<ProgrammeProfile> in) {
        List<String> ids = among.stream().filter(in).map(ProgrammeProfile::programmeId).toList();
        if (ids.size() >= 2 && out.stream().noneMatch(s -> s.ids().equals(ids))) {
            out.add(new Suggestion(name, ids));
        }
    }

    /** The names of a set's members, for a sentence: programmes by name, counties by number and name. */
    static List<String> names(List<String> set, ProgrammeService programmes, ReferenceService reference) {
        Function<String, @Nullable String> county = id -> reference.county(id, CountyDivision.D2024).map(County::label).orElse(null);
        return set.stream().map(id -> programmes.programme(id).map(Programme::name).orElseGet(() ->
                Objects.requireNonNullElse(county.apply(id), id))).toList();
    }
}
