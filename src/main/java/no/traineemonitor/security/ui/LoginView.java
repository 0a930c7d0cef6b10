package no.traineemonitor.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in (/logg-inn) for programme leaders, county analysts, funders and administrators; the public needs none. The
 * form posts to this path, where Spring Security checks the password (the record's users, bcrypt hashes).
 */
@Route(value = "logg-inn", autoLayout = false)
@PageTitle("Traineemonitor – logg inn")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("logg-inn");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error-title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error"));
        form.setI18n(i18n);
        Paragraph who = new Paragraph(getTranslation("login.who"));
        who.setMaxWidth("28em");
        add(new H1("Traineemonitor"), form, who, new Anchor("/", getTranslation("login.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
