package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.dashboard.TrendService;
import no.traineemonitor.dashboard.TrendService.Level;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * An indicator over the years (/utvikling?indikator=ID): a series per programme, county, BA-region or the whole
 * country ({@code niva=program|fylke|ba|land}), the county and the country as reference lines, the comparison set
 * ({@code sett}), a year and "compare N years back" ({@code aar}, {@code tilbake}). The charts and tables are
 * {@link TrendSections}.
 */
@Route("utvikling")
@PageTitle("Traineemonitor – utvikling")
@Menu(order = 32, title = "nav.trend")
@AnonymousAllowed
class TrendView extends DashboardPage {

    private final TrendService trends;
    private final BenchmarkService benchmarks;
    private Level level = Level.PROGRAMME;
    private @Nullable Integer year;
    private int back = 1;

    TrendView(TrendService trends, BenchmarkService benchmarks, ReferenceService reference, ProgrammeService programmes,
              IndicatorService indicators) {
        super("trend.title", reference, programmes, indicators);
        this.trends = trends;
        this.benchmarks = benchmarks;
        addClassName("trend-page");
    }

    /** The page's own parameters ({@code niva, aar, tilbake}); a bad value is dropped with a notice, like the filter's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        List<String> dropped = new ArrayList<>();
        String niva = first(q, "niva");
        level = niva == null ? Level.PROGRAMME : Level.fromUrl(niva).orElse(Level.PROGRAMME);
        if (niva != null && Level.fromUrl(niva).isEmpty()) {
            dropped.add("niva=" + niva);
        }
        year = number(q, "aar", 1990, 2100, dropped);
        Integer n = number(q, "tilbake", 1, 50, dropped);
        back = n == null ? 1 : n;
        if (!dropped.isEmpty()) {
            Notification.show(getTranslation("filter.dropped", String.join(", ", dropped)), 8000,
                    Notification.Position.TOP_CENTER).setId("trend-notice");
        }
        super.beforeEnter(event);
    }

    @Override
    protected void render(FilterState s) {
        var locale = getLocale();
        IndicatorDefinition def = s.indicator() == null ? indicators.catalogue().getFirst()
                : indicators.definition(s.indicator()).orElseThrow();
        Select<IndicatorDefinition> pick = new Select<>();
        pick.setLabel(getTranslation("explorer.indicator"));
        pick.setItems(indicators.catalogue());
        pick.setItemLabelGenerator(d -> d.label(locale));
        pick.setId("trend-indicator");
        pick.setWidth("22em");
        pick.setValue(def);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withIndicator(e.getValue().indicatorId()), level, year, back);
            }
        });
        Select<Level> levels = new Select<>();
        levels.setLabel(getTranslation("trend.level"));
        levels.setItems(Level.values());
        levels.setItemLabelGenerator(l -> getTranslation("trend.level." + l.urlValue()));
        levels.setValue(level);
        levels.setId("trend-level");
        levels.setWidth("15em");
        levels.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state, e.getValue(), year, back);
            }
        });
        FlexLayout choices = new FlexLayout(pick, levels);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.addClassName("trend-choices");
        content.add(choices);
        Paragraph about = new Paragraph(def.definition(locale) + " ");
        about.add(new com.vaadin.flow.component.html.Anchor("indikator/" + def.indicatorId(), getTranslation("about.link")),
                new com.vaadin.flow.component.Text(" · "),
                new com.vaadin.flow.component.html.Anchor("slik-sammenligner-vi", getTranslation("compare.link")));
        about.setId("trend-definition");
        content.add(about);
        content.add(new ComparisonSetPicker(s, programmes, reference, benchmarks.profiles(),
                set -> go(state.withSet(set), level, year, back)));

        TrendService.Trends t = trends.trends(def.indicatorId(), level, s.toIndicatorFilter(), s.set());
        if (!s.set().isEmpty()) {
            content.add(Sections.paragraph("trend-set", getTranslation("set.shown",
                    String.join(", ", ComparisonSetPicker.names(s.set(), programmes, reference)))));
        }
        String name = def.label(locale);
        TrendSections sections = new TrendSections(t, locale, this::getTranslation, new TrendSections.Exports() {
            @Override
            public no.traineemonitor.base.ui.ExportMenu table(String id, String title, String what,
                                                             com.vaadin.flow.function.SerializableSupplier<no.traineemonitor.base.export.ExportTable> table) {
                return tableExport(id, title, table, name, what);
            }

            @Override
            public com.vaadin.flow.component.Component chart(String id, String title,
                                                             com.vaadin.flow.function.SerializableSupplier<org.jfree.chart.JFreeChart> chart,
                                                             int width, int height) {
                return chartExport(id, title, chart, width, height, title);
            }
        }, trends.minimumN());
        if (t.years().isEmpty()) {
            content.add(Sections.paragraph("trend-no-years", getTranslation("trend.no-years")));
            content.add(sections.charts()); // the values of several years or a moment, drawn as what they are
        } else {
            int now = year != null && t.years().contains(year) ? year : t.years().getLast();
            Select<Integer> years = new Select<>();
            years.setLabel(getTranslation("trend.year"));
            years.setItems(t.years().reversed());
            years.setValue(now);
            years.setId("trend-year");
            years.setWidth("7em");
            years.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    go(state, level, e.getValue(), back);
                }
            });
            int span = Math.max(1, now - t.years().getFirst());
            Select<Integer> backs = new Select<>();
            backs.setLabel(getTranslation("trend.back"));
            backs.setItems(IntStream.rangeClosed(1, Math.max(span, back)).boxed().toList());
            backs.setItemLabelGenerator(n -> getTranslation("trend.back-item", n));
            backs.setValue(back);
            backs.setId("trend-back");
            backs.setWidth("13em");
            backs.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    go(state, level, now, e.getValue());
                }
            });
            FlexLayout when = new FlexLayout(years, backs);
            when.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            when.addClassName("trend-choices");
            content.add(when);
            content.add(sections.comparison(now, back));
            content.add(sections.charts());
        }
        content.add(sections.acrossBaRegions());
        content.add(sections.notPooled());
        content.add(sections.values());
    }

    @Override
    protected void navigateTo(FilterState next) {
        go(next, level, year, back);
    }

    /** The same page with a new state, the page's own parameters kept in the URL. */
    private void go(FilterState next, Level l, @Nullable Integer y, int n) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        next.toQueryParameters().getParameters().forEach((k, v) -> p.put(k, v.getFirst()));
        if (l != Level.PROGRAMME) {
            p.put("niva", l.urlValue());
        }
        if (y != null) {
            p.put("aar", y.toString());
        }
        if (n != 1) {
            p.put("tilbake", Integer.toString(n));
        }
        UI.getCurrent().navigate(getClass(), QueryParameters.simple(p));
    }

    private static @Nullable String first(Map<String, List<String>> q, String name) {
        List<String> v = q.getOrDefault(name, List.of());
        return v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }

    private static @Nullable Integer number(Map<String, List<String>> q, String name, int min, int max, List<String> dropped) {
        String v = first(q, name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // dropped below
        }
        dropped.add(name + "=" + v);
        return null;
    }
}
