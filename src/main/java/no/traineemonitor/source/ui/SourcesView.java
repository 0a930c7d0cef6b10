package no.traineemonitor.source.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceDocument;
import no.traineemonitor.source.SourceService;
import org.jspecify.annotations.Nullable;

/**
 * The source documents every number comes from, with how much of the warehouse cites each; choosing one lists the
 * facts taken from it with section and verbatim quote. The choice is in the URL: {@code /kilder?dokument=FILE}.
 */
@Route("kilder")
@PageTitle("Traineemonitor – kilder")
@Menu(order = 60, title = "nav.sources")
@AnonymousAllowed
class SourcesView extends VerticalLayout implements BeforeEnterObserver {

    static final String DOCUMENT_PARAM = "dokument";

    private final SourceService sourceService;
    private final Grid<SourceDocument> documents = new Grid<>();
    private final Grid<Fact> facts = new Grid<>();
    private final H3 factsTitle = new H3();
    private final Span factsSummary = new Span();
    private boolean updatingFromUrl;

    SourcesView(SourceService sourceService) {
        this.sourceService = sourceService;
        setSizeFull();
        add(new H2(getTranslation("sources.title")));
        add(new Paragraph(getTranslation("sources.intro")));
        Locale locale = getLocale();

        documents.setId("sources-grid");
        documents.addColumn(SourceDocument::sourceFile).setKey("file").setHeader(getTranslation("sources.file"))
                .setAutoWidth(true).setSortable(true);
        documents.addColumn(SourceDocument::title).setKey("title").setHeader(getTranslation("sources.document-title"))
                .setWidth("16rem").setFlexGrow(3).setSortable(true).setTooltipGenerator(SourceDocument::title);
        documents.addColumn(d -> d.publisher() == null ? "" : d.publisher()).setKey("publisher")
                .setHeader(getTranslation("sources.publisher")).setWidth("10rem").setFlexGrow(1).setSortable(true);
        documents.addColumn(d -> d.year() == null ? "" : String.valueOf(d.year())).setKey("year")
                .setHeader(getTranslation("sources.year")).setWidth("5rem").setFlexGrow(0)
                .setComparator(d -> d.year() == null ? 0 : d.year());
        documents.addColumn(d -> NorwegianFormats.integer(d.facts(), locale)).setKey("facts")
                .setHeader(getTranslation("sources.facts")).setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0)
                .setComparator(SourceDocument::facts);
        documents.addColumn(d -> NorwegianFormats.integer(d.surveyCells(), locale)).setKey("survey")
                .setHeader(getTranslation("sources.survey-cells")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0)
                .setComparator(SourceDocument::surveyCells);
        documents.addColumn(d -> NorwegianFormats.integer(d.programmes(), locale)).setKey("programmes")
                .setHeader(getTranslation("sources.programmes")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0)
                .setComparator(SourceDocument::programmes)
                .setTooltipGenerator(d -> getTranslation("sources.programmes-tooltip"));
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        documents.setAllRowsVisible(true);
        documents.setWidthFull();
        documents.setSelectionMode(Grid.SelectionMode.SINGLE);
        documents.setItems(sourceService.documents());
        documents.asSingleSelect().addValueChangeListener(e -> {
            if (!updatingFromUrl) {
                navigateTo(e.getValue());
            }
        });
        add(documents);

        factsSummary.setId("source-facts-summary");
        add(factsTitle, factsSummary);

        facts.setId("source-facts");
        facts.addColumn(Fact::factId).setKey("fact").setHeader(getTranslation("sources.fact")).setWidth("7rem")
                .setFlexGrow(0).setFrozen(true).setSortable(true);
        facts.addColumn(this::subject).setKey("programme").setHeader(getTranslation("sources.programme")).setWidth("8.5rem")
                .setFlexGrow(0).setSortable(true).setTooltipGenerator(f -> f.programmeId() == null ? "" : f.programmeId());
        facts.addColumn(f -> metricLabel(f.metric())).setKey("metric").setHeader(getTranslation("sources.metric"))
                .setWidth("9rem").setFlexGrow(0).setSortable(true).setTooltipGenerator(Fact::metric);
        facts.addColumn(f -> f.category() == null ? "" : f.category().replace('_', ' ')).setKey("category")
                .setHeader(getTranslation("sources.category")).setWidth("8rem").setFlexGrow(0).setSortable(true);
        facts.addColumn(Fact::period).setKey("period").setHeader(getTranslation("sources.period")).setWidth("5.5rem").setFlexGrow(0)
                .setComparator(f -> f.periodEnd() == null ? -1 : f.periodEnd());
        facts.addColumn(f -> f.metric().endsWith("_year") && f.value() == Math.rint(f.value())
                        ? String.valueOf((long) f.value()) : number(f.value())).setKey("value").setHeader(getTranslation("sources.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0).setComparator(Fact::value);
        facts.addColumn(f -> translatedOr("sources.unit." + f.unit(), f.unit())).setKey("unit")
                .setHeader(getTranslation("sources.unit")).setWidth("5.5rem").setFlexGrow(0).setSortable(true);
        facts.addColumn(f -> translatedOr("sources.qualifier." + f.qualifier(), f.qualifier())).setKey("qualifier")
                .setHeader(getTranslation("sources.qualifier")).setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        facts.addColumn(f -> "«" + f.sourceQuote() + "»").setKey("quote").setHeader(getTranslation("sources.quote"))
                .setWidth("16rem").setFlexGrow(2).setTooltipGenerator(f -> "«" + f.sourceQuote() + "»"
                        + (f.note() == null ? "" : "\n" + getTranslation("sources.note", f.note())));
        facts.addColumn(Fact::sourceSection).setKey("section").setHeader(getTranslation("sources.section"))
                .setWidth("9rem").setFlexGrow(1).setSortable(true).setTooltipGenerator(Fact::sourceSection);
        facts.addColumn(f -> shorten(f.conflictNote())).setKey("conflict")
                .setHeader(getTranslation("sources.conflict")).setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(f -> f.conflictNote() == null ? "" : f.conflictNote());
        facts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        facts.setWidthFull();
        facts.setMinHeight("24rem");
        add(facts);
        setFlexGrow(1, facts);
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> values = params.get(DOCUMENT_PARAM);
        String file = values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
        SourceDocument chosen = null;
        if (file != null) {
            chosen = documents.getListDataView().getItems().filter(d -> d.sourceFile().equals(file)).findFirst().orElse(null);
            if (chosen == null) {
                Notification.show(getTranslation("sources.unknown-document", file), 6000, Notification.Position.TOP_CENTER);
            }
        }
        updatingFromUrl = true;
        try {
            if (chosen == null) {
                documents.deselectAll();
            } else {
                documents.select(chosen);
            }
        } finally {
            updatingFromUrl = false;
        }
        show(chosen);
    }

    private void show(@Nullable SourceDocument document) {
        if (document == null) {
            factsTitle.setText(getTranslation("sources.facts-title-none"));
            factsSummary.setText(getTranslation("sources.choose"));
            facts.setItems(List.of());
            facts.setVisible(false);
            return;
        }
        List<Fact> rows = sourceService.factsOfDocument(document.sourceFile());
        factsTitle.setText(getTranslation("sources.facts-title", document.title()));
        factsSummary.setText(getTranslation("sources.facts-summary", NorwegianFormats.integer(rows.size(), getLocale()),
                document.sourceFile(), NorwegianFormats.integer(document.surveyCells(), getLocale())));
        facts.setItems(rows);
        facts.setVisible(true);
    }

    private void navigateTo(@Nullable SourceDocument document) {
        QueryParameters params = document == null ? QueryParameters.empty()
                : QueryParameters.of(DOCUMENT_PARAM, document.sourceFile());
        getUI().ifPresent(ui -> ui.navigate("kilder", params));
    }

    /** The programme's name, or the region a fact is about (e.g. "Hele landet"). */
    private String subject(Fact f) {
        if (f.programmeName() != null) {
            return f.programmeName();
        }
        if (f.programmeId() != null) {
            return f.programmeId();
        }
        if (f.regionType() == null) {
            return "";
        }
        String region = translatedOr("sources.region." + f.regionType(), f.regionType());
        return "national".equals(f.regionType()) || f.regionCode() == null ? region : region + " " + f.regionCode();
    }

    /** A long note cut for the cell (the tooltip has all of it). */
    private static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 70 ? text : text.substring(0, 69).stripTrailing() + "…";
    }

    private String metricLabel(String metric) {
        return translatedOr("metric." + metric, metric);
    }

    private String translatedOr(String key, String fallback) {
        String t = getTranslation(key);
        return t.startsWith("!") ? fallback : t;
    }

    /** nb: space as thousands separator and decimal comma, at most two decimals. */
    private String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(LanguageSwitch.isEnglish(getLocale()) ? Locale.UK : Locale.forLanguageTag("nb-NO"));
        f.setMaximumFractionDigits(2);
        return f.format(value).replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-');
    }
}
