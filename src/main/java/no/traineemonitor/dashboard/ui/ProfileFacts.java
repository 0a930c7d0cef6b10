package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;

/** Every fact about the programme with its citation and, where the sources disagree, the other values they give. */
class ProfileFacts extends VerticalLayout {

    ProfileFacts(List<Fact> facts, FactText text) {
        setPadding(false);
        setWidthFull();
        String heading = getTranslation("profile.facts.title", String.valueOf(facts.size()));
        add(new H3(heading));
        if (facts.isEmpty()) {
            add(new Paragraph(getTranslation("profile.facts.none")));
            return;
        }
        ExportMenu export = ProfileFactGrid.export(facts, "profile-facts", heading,
                text, this::getTranslation);
        add(export, ProfileFactGrid.of(facts, "profile-facts", true, text),
                export.about("facts", "", facts.stream().map(Fact::factId).toList()),
                Sections.hint(getTranslation("profile.facts.hint")));
    }
}
