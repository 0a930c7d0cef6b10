package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.traineemonitor.dashboard.ExploreService;

/**
 * The overview's "what we know about this selection": the availability matrix of the selection in short (how many
 * indicators have values, how many programmes report, the years, the indicators most and fewest programmes report,
 * what has no figures), with a link to the whole matrix for the same filters.
 */
class SelectionKnown extends Div {

    SelectionKnown(ExploreService.Summary k, String selectionName, FilterState state) {
        setId("selection-known");
        addClassName("selection-known");
        Locale locale = getLocale();
        add(new H3(getTranslation("known.title")));
        UnorderedList lines = new UnorderedList();
        lines.addClassName("selection-known-lines");
        if (k.indicatorsWithValues() == 0) {
            lines.add(line("known-none", new Span(getTranslation("known.none", selectionName))));
        } else {
            lines.add(line("known-indicators", new Span(getTranslation("known.indicators", k.indicatorsWithValues(),
                    k.indicatorsInCatalogue(), k.programmesReporting(), k.programmesInSelection()))));
            lines.add(line("known-years", new Span(getTranslation("known.years", String.valueOf(k.latestYear()),
                    String.valueOf(k.firstYear())))));
            lines.add(line("known-most", reaches("known.most", k.most(), locale)));
            if (!k.fewest().isEmpty()) {
                lines.add(line("known-fewest", reaches("known.fewest", k.fewest(), locale)));
            }
        }
        if (!k.missing().isEmpty()) {
            lines.add(line("known-missing", names("known.missing", k.missing(),
                    d -> IndicatorLink.of(d.indicatorId(), d.label(locale)))));
        }
        add(lines);
        RouterLink all = new RouterLink(getTranslation("known.link"), AvailabilityView.class);
        all.setQueryParameters(state.withIndicator(null).toQueryParameters());
        all.setId("known-link");
        add(all);
    }

    private Component reaches(String key, List<ExploreService.Reach> reaches, Locale locale) {
        return names(key, reaches, r -> new Span(IndicatorLink.of(r.indicator().indicatorId(), r.indicator().label(locale)),
                new Span(" (" + getTranslation("known.programmes", r.programmes()) + ")")));
    }

    /** "Ingen tall for: A, B og C." with each name a component. */
    private <T> Component names(String key, List<T> items, Function<T, Component> name) {
        Span text = new Span(getTranslation(key) + " ");
        for (int i = 0; i < items.size(); i++) {
            text.add(name.apply(items.get(i)));
            text.add(new Span(i == items.size() - 1 ? "." : i == items.size() - 2 ? " " + getTranslation("filter.and") + " " : ", "));
        }
        return text;
    }

    private static ListItem line(String id, Component content) {
        ListItem item = new ListItem(content);
        item.setId(id);
        return item;
    }
}
