package no.traineemonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** Norwegian bokmål (default) or English; the choice holds for the session and reloads the page. */
public final class LanguageSwitch extends Select<Locale> {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;

    public LanguageSwitch() {
        setItems(List.of(BOKMAL, ENGLISH));
        setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Norsk bokmål");
        setAriaLabel("Språk / Language");
        setValue(isEnglish(UI.getCurrent().getLocale()) ? ENGLISH : BOKMAL);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        addClassName("language-switch");
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }
}
