package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;

/** Members, fees, prices, salary and operating costs as the sources give them. */
class ProfileMembers extends VerticalLayout {

    static final List<String> METRICS = List.of("member_organisations", "membership_fee_nok",
            "price_per_trainee_nok", "salary_nok", "operating_cost_nok");

    ProfileMembers(List<Fact> facts, FactText text) {
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.members.title")));
        List<Fact> members = facts.stream().filter(f -> METRICS.contains(f.metric()))
                .sorted(Comparator.comparingInt((Fact f) -> METRICS.indexOf(f.metric()))
                        .thenComparing(Fact::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Fact::factId))
                .toList();
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("profile.members.none")));
            return;
        }
        ExportMenu export = ProfileFactGrid.export(members, "profile-members", getTranslation("profile.members.title"),
                text, this::getTranslation);
        add(export, ProfileFactGrid.of(members, "profile-members", false, text),
                export.about("facts", "", members.stream().map(Fact::factId).toList()));
    }
}
