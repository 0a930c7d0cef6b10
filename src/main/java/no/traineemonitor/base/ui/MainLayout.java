package no.traineemonitor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** The shell around every view: title, language switch and the side navigation built from each view's @Menu. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver,
        LocaleChangeObserver {

    private final LanguageSwitch languageSwitch = new LanguageSwitch();
    private final java.util.Map<SideNavItem, String> titleKeys = new java.util.LinkedHashMap<>(); // item -> translation key

    MainLayout(com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var title = new Span("Traineemonitor");
        title.addClassName("app-title");
        // the public needs no sign-in; leaders, analysts, funders and administrators sign in here
        com.vaadin.flow.component.Component account = authentication.getPrincipalName()
                .<com.vaadin.flow.component.Component>map(name -> {
                    var signOut = new com.vaadin.flow.component.button.Button(getTranslation("login.sign-out", name),
                            e -> authentication.logout());
                    signOut.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
                    signOut.setId("sign-out");
                    return signOut;
                })
                .orElseGet(() -> {
                    var signIn = new com.vaadin.flow.component.html.Anchor("logg-inn", getTranslation("login.sign-in"));
                    signIn.setId("sign-in");
                    return signIn;
                });
        var header = new HorizontalLayout(new DrawerToggle(), title, new Div(), account, languageSwitch);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation());
    }

    /** {@code ?lang=en} or {@code ?lang=nb} on any page switches the session's language and reopens the page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> lang = event.getLocation().getQueryParameters().getParameters().get("lang");
        if (lang == null || lang.isEmpty()) {
            return;
        }
        Locale locale = "en".equals(lang.getFirst()) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
        VaadinSession.getCurrent().setLocale(locale);
        event.getUI().setLocale(locale);
        event.forwardTo(event.getLocation().getPath(), event.getLocation().getQueryParameters().excluding("lang"));
    }

    /** Filter parameters travel with the navigation, so moving between pages keeps the selection. */
    static final java.util.Set<String> SHARED_PARAMETERS = java.util.Set.of("fylke", "inndeling", "ba", "sentralitet", "type",
            "program", "fra", "til", "sett");

    private final java.util.Map<SideNavItem, String> basePaths = new java.util.LinkedHashMap<>(); // item -> route

    private SideNav navigation() {
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            basePaths.put(item, entry.path());
            titleKeys.put(item, entry.title());
            nav.addItem(item);
        });
        return nav;
    }

    /**
     * {@code ?lang=} on an address that shows an error view keeps this layout (the view is replaced, the layout is
     * not): its texts follow the new language here.
     */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        titleKeys.forEach((item, key) -> item.setLabel(getTranslation(key)));
        languageSwitch.setValue(LanguageSwitch.isEnglish(event.getLocale()) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var shared = new java.util.LinkedHashMap<String, List<String>>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> {
            if (SHARED_PARAMETERS.contains(k)) {
                shared.put(k, v);
            }
        });
        basePaths.forEach((item, path) -> {
            item.setPath(path);
            if (!shared.isEmpty()) {
                // not SideNavItem.setQueryParameters: it encodes the query string once more (sett=a,b became
                // sett=a%252Cb, read back as "a%2Cb"), and setPath(String) drops a query
                item.getElement().setAttribute("path", link(path, shared));
            }
        });
    }

    /**
     * A menu item's address: its route and the shared parameters, each name and value percent-encoded once (commas left
     * as they are, so {@code sett=a,b} stays {@code sett=a,b}).
     */
    static String link(String path, java.util.Map<String, List<String>> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? "" : "&")
                .append(encode(name)).append('=').append(encode(value))));
        String route = path.startsWith("/") ? path.substring(1) : path;
        return query.isEmpty() ? route : route + "?" + query;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }
}
