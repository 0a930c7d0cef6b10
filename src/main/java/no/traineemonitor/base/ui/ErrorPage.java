package no.traineemonitor.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** An error page inside the shell: a title and a sentence in the user's language, and a link back to the overview. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    private final String textKey;

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        this.textKey = textKey;
        addClassName("error-page");
        setId(id);
    }

    /** Fills the page (in the language of this navigation) and returns the HTTP status to answer with. */
    final int show(int status) {
        removeAll();
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("error.back")));
        return status;
    }

    @Override
    public String getPageTitle() {
        return "Traineemonitor – " + getTranslation(titleKey);
    }
}
