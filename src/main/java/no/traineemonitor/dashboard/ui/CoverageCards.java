package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.coverage.BaRegionCoverage;
import no.traineemonitor.coverage.ClassCoverage;
import no.traineemonitor.coverage.WhiteSpot;
import org.jspecify.annotations.Nullable;

/** The coverage page's key figures: municipalities and inhabitants reached, class 5–6 white spots, BA-regions without. */
class CoverageCards extends FlexLayout {

    CoverageCards(List<ClassCoverage> classes, List<WhiteSpot> spots, List<BaRegionCoverage> regions, String populationDate) {
        Locale locale = getLocale();
        ClassCoverage total = classes.getLast();
        List<WhiteSpot> periphery = spots.stream().filter(w -> CoverageFormats.isPeriphery(w.municipality())).toList();
        long peripheryPopulation = periphery.stream().mapToLong(w -> CoverageFormats.orZero(w.municipality().population())).sum();
        long regionsWithout = regions.stream().filter(BaRegionCoverage::whiteSpot).count();
        setFlexWrap(FlexWrap.WRAP);
        addClassNames("key-figures", "coverage-cards");
        setId("coverage-cards");
        add(card("card-municipalities", getTranslation("coverage.card.municipalities"),
                getTranslation("coverage.card.of", integer(total.coveredMunicipalities()), integer(total.municipalities())), null));
        add(card("card-population", getTranslation("coverage.card.population"), CoverageFormats.percent(total.coveredShare(), locale),
                getTranslation("coverage.card.of", integer(total.coveredPopulation()), integer(total.population()))));
        add(card("card-periphery", getTranslation("coverage.card.periphery"),
                getTranslation("coverage.card.municipalities-count", periphery.size()),
                getTranslation("coverage.card.inhabitants", integer(peripheryPopulation), populationDate)));
        add(card("card-ba", getTranslation("coverage.card.ba"),
                getTranslation("coverage.card.of", integer(regionsWithout), integer(regions.size())), null));
    }

    private String integer(long v) {
        return CoverageFormats.integer(v, getLocale());
    }

    private static Div card(String id, String label, String value, @Nullable String detail) {
        Div card = new Div();
        card.addClassName("key-figure");
        card.setId(id);
        Span l = new Span(label);
        l.addClassName("key-figure-label");
        Span v = new Span(value);
        v.addClassName("key-figure-value");
        card.add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("key-figure-detail");
            card.add(d);
        }
        return card;
    }
}
