package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;

/** An indicator's name as a link to its page ({@code /indikator/{id}}): every page names indicators this way. */
final class IndicatorLink {

    private IndicatorLink() {
    }

    static Anchor of(String indicatorId, String label) {
        Anchor a = new Anchor("indikator/" + indicatorId, label);
        a.addClassName("indicator-link");
        return a;
    }
}
