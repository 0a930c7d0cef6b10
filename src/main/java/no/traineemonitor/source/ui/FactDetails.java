package no.traineemonitor.source.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;

/** What a fact's row opens, on the profile and the sources page: the verbatim quote, where it stands, scope and horizon. */
public final class FactDetails {

    private FactDetails() {
    }

    public static Div of(Fact f, FactText text) {
        Div d = new Div();
        d.addClassName("row-details");
        Paragraph quote = new Paragraph("«" + f.sourceQuote() + "»");
        quote.addClassName("quote");
        d.add(quote, new Paragraph(text.citation(f)));
        String scope = text.scopeAndHorizon(f);
        if (!scope.isEmpty()) {
            d.add(new Paragraph(d.getTranslation("profile.scope") + ": " + scope));
        }
        return d;
    }
}
