package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceService;

/** The documents the profile rests on, by title, publisher and year, each linked to its page of facts. */
class ProfileSources extends VerticalLayout {

    ProfileSources(Programme p, ProgrammeCoverage coverage, List<Fact> facts, SourceService sources) {
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.sources.title")));
        Set<String> files = new LinkedHashSet<>();
        files.add(p.sourceFile());
        facts.forEach(f -> files.add(f.sourceFile()));
        coverage.municipalities().forEach(m -> files.add(m.sourceFile()));
        Map<String, Long> factsPerFile = facts.stream().collect(Collectors.groupingBy(Fact::sourceFile, Collectors.counting()));
        var list = new UnorderedList();
        list.setId("profile-sources");
        files.stream().sorted().forEach(file -> {
            long n = factsPerFile.getOrDefault(file, 0L);
            list.add(new ListItem(new Anchor(ProgrammeProfileView.sourcesHref(file), sources.documentLabel(file)),
                    new Span(" · " + getTranslation(n == 1 ? "profile.sources.facts-one" : "profile.sources.facts", String.valueOf(n)))));
        });
        add(list);
    }
}
