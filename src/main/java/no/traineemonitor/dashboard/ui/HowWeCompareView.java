package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.indicator.IndicatorService;

/**
 * The rules of comparison in plain words (the same as docs/how-we-compare.md), linked from every page that ranks,
 * pools or charts values together.
 */
@Route("slik-sammenligner-vi")
@PageTitle("Traineemonitor – slik sammenligner vi")
@AnonymousAllowed
class HowWeCompareView extends VerticalLayout {

    static final int RULES = 10;

    HowWeCompareView(IndicatorService indicators, BenchmarkService benchmarks) {
        setId("how-we-compare");
        setMaxWidth("60em");
        add(new H2(getTranslation("howwecompare.title")), new Paragraph(getTranslation("howwecompare.intro")));
        OrderedList rules = new OrderedList();
        for (int i = 1; i <= RULES; i++) {
            rules.add(new ListItem(getTranslation("howwecompare.rule." + i, indicators.minimumN(), benchmarks.minimumPeers())));
        }
        add(rules);
    }

    /** A link to this page, for the pages that compare. */
    static RouterLink link(String text) {
        RouterLink link = new RouterLink(text, HowWeCompareView.class);
        link.addClassName("how-we-compare-link");
        return link;
    }
}
