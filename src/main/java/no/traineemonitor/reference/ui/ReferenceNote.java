package no.traineemonitor.reference.ui;

import com.vaadin.flow.component.html.Paragraph;
import no.traineemonitor.reference.ReferenceVersion;

/**
 * One line under a page that shows population or coverage: which reference version its figures come from (title,
 * version, date of the population figures) and, where so, that the centrality classes are SSB's 2024 classes applied to
 * the 2020 municipalities.
 */
public class ReferenceNote extends Paragraph {

    public ReferenceNote(ReferenceVersion version) {
        setId("reference-version");
        addClassName("reference-note");
        String text = getTranslation("reference.note", version.title(getLocale()), version.id(), version.date(getLocale()));
        if (version.centrality2024On2020()) {
            text += " " + getTranslation("reference.centrality-2024");
        }
        setText(text);
    }
}
