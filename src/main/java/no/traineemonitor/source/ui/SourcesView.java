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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.NorwegianFormats;
import com.vaadin.flow.component.html.Div;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import no.traineemonitor.vocabulary.VocabularyService;
import no.traineemonitor.source.SourceDocument;
import no.traineemonitor.source.SourceService;
import org.jspecify.annotations.Nullable;
import no.traineemonitor.base.ui.RowDetails;

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
    private final FactText text;
    private final Grid<SourceDocument> documents = new Grid<>();
    private final Grid<Fact> facts = new Grid<>();
    private final H3 factsTitle = new H3();
    private final Div factsExport = new Div();
    private final Div factsAbout = new Div();
    private final Span factsSummary = new Span();
    private boolean updatingFromUrl;

    SourcesView(SourceService sourceService, VocabularyService vocabulary) {
        this.sourceService = sourceService;
        this.text = new FactText(vocabulary, sourceService, getLocale(), this::getTranslation);
        setSizeFull();
        add(new H2(getTranslation("sources.title")));
        add(new Paragraph(getTranslation("sources.intro")));
        Locale locale = getLocale();

        documents.setId("sources-grid");
        documents.addColumn(SourceDocument::title).setKey("title").setHeader(getTranslation("sources.document-title"))
                .setWidth("14rem").setFlexGrow(3).setSortable(true);
        documents.addColumn(d -> d.publisher() == null ? "" : d.publisher()).setKey("publisher")
                .setHeader(getTranslation("sources.publisher")).setWidth("9rem").setFlexGrow(1).setSortable(true);
        documents.addColumn(d -> d.year() == null ? getTranslation("sources.year-not-stated") : String.valueOf(d.year())).setKey("year")
                .setHeader(getTranslation("sources.year")).setWidth("6.5rem").setFlexGrow(0)
                .setComparator(d -> d.year() == null ? 0 : d.year());
        documents.addColumn(d -> NorwegianFormats.integer(d.facts(), locale)).setKey("facts")
                .setHeader(getTranslation("sources.facts")).setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0)
                .setComparator(SourceDocument::facts);
        documents.addColumn(d -> NorwegianFormats.integer(d.surveyCells(), locale)).setKey("survey")
                .setHeader(getTranslation("sources.survey-cells")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0)
                .setComparator(SourceDocument::surveyCells);
        documents.addColumn(d -> NorwegianFormats.integer(d.programmes(), locale)).setKey("programmes")
                .setHeader(getTranslation("sources.programmes")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0)
                .setComparator(SourceDocument::programmes)
                .setTooltipGenerator(d -> getTranslation("sources.programmes-tooltip"));
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        documents.setAllRowsVisible(true);
        documents.setWidthFull();
        documents.setSelectionMode(Grid.SelectionMode.SINGLE);
        List<SourceDocument> all = sourceService.documents();
        documents.setItems(all);
        documents.asSingleSelect().addValueChangeListener(e -> {
            if (!updatingFromUrl) {
                navigateTo(e.getValue());
            }
        });
        String title = getTranslation("sources.title");
        ExportMenu documentsMenu = ExportMenu.table("sources-export", title, getTranslation("filter.nothing"), FileNames.of(title),
                () -> ExportTable.of(all)
                        .text(getTranslation("sources.document-title"), SourceDocument::title)
                        .text(getTranslation("sources.publisher"), SourceDocument::publisher)
                        .year(getTranslation("sources.year"), SourceDocument::year)
                        .integer(getTranslation("sources.facts"), SourceDocument::facts)
                        .integer(getTranslation("sources.survey-cells"), SourceDocument::surveyCells)
                        .integer(getTranslation("sources.programmes"), SourceDocument::programmes).build());
        add(documentsMenu, documents,
                documentsMenu.aboutDocuments("documents", "", all.stream().map(SourceDocument::label).toList(), List.of()));

        factsSummary.setId("source-facts-summary");
        add(factsTitle, factsSummary, factsExport);

        facts.setId("source-facts");
        facts.addColumn(Fact::factId).setKey("fact").setHeader(getTranslation("sources.fact")).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true);
        facts.addColumn(text::subject).setKey("programme").setHeader(getTranslation("sources.programme")).setWidth("8rem")
                .setFlexGrow(1).setSortable(true);
        facts.addColumn(text::metricAndCategory).setKey("metric").setHeader(getTranslation("sources.metric"))
                .setWidth("10rem").setFlexGrow(2).setSortable(true);
        facts.addColumn(text::period).setKey("period").setHeader(getTranslation("sources.period")).setWidth("7rem").setFlexGrow(1)
                .setComparator(f -> f.periodEnd() == null ? -1 : f.periodEnd());
        facts.addColumn(text::value).setKey("value").setHeader(getTranslation("sources.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0).setComparator(Fact::value);
        facts.addColumn(f -> text.qualifier(f.qualifier())).setKey("qualifier")
                .setHeader(getTranslation("sources.qualifier")).setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        facts.addColumn(Fact::sourceSection).setKey("section").setHeader(getTranslation("sources.section"))
                .setWidth("8rem").setFlexGrow(1).setSortable(true);
        facts.addColumn(f -> f.conflictNote() == null && f.note() == null ? "" : getTranslation("sources.has-notes")).setKey("notes")
                .setHeader(getTranslation("sources.notes")).setWidth("5.5rem").setFlexGrow(0);
        RowDetails.set(facts, this::details);
        facts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        facts.setWidthFull();
        facts.setMinHeight("24rem");
        add(facts, factsAbout);
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
        factsExport.removeAll();
        factsAbout.removeAll();
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
                document.label(), NorwegianFormats.integer(document.surveyCells(), getLocale())));
        facts.setItems(rows);
        facts.setVisible(true);
        String title = getTranslation("sources.facts-title", document.title());
        ExportMenu menu = ExportMenu.table("source-facts-export", title, document.title(), FileNames.of(title),
                () -> ExportTable.of(rows)
                        .text(getTranslation("sources.fact"), Fact::factId)
                        .text(getTranslation("sources.programme"), text::subject)
                        .text(getTranslation("sources.metric"), text::metricAndCategory)
                        .text(getTranslation("sources.period"), text::period)
                        .decimal(getTranslation("sources.value"), Fact::value)
                        .text(getTranslation("export.col.value-as-given"), text::value)
                        .text(getTranslation("sources.qualifier"), f -> text.qualifier(f.qualifier()))
                        .text(getTranslation("sources.section"), Fact::sourceSection)
                        .text(getTranslation("explorer.quote"), Fact::sourceQuote).build());
        factsExport.add(menu);
        factsAbout.add(menu.aboutDocuments("facts", "", List.of(document.label()), List.of()));
    }

    private void navigateTo(@Nullable SourceDocument document) {
        QueryParameters params = document == null ? QueryParameters.empty()
                : QueryParameters.of(DOCUMENT_PARAM, document.sourceFile());
        getUI().ifPresent(ui -> ui.navigate("kilder", params));
    }

    /**
     * A fact's details: the verbatim quote, scope and horizon, the conflict in the reader's language, and the data's
     * own notes as the curators wrote them (in English), labelled as such.
     */
    private Div details(Fact f) {
        Div d = FactDetails.of(f, text);
        if (f.conflictNote() != null) {
            Paragraph mark = new Paragraph(text.conflicts(List.of(f)).getOrDefault(f.factId(), ""));
            mark.addClassName("flag");
            d.add(mark, note("sources.conflict-note", f.conflictNote()));
        }
        if (f.note() != null) {
            d.add(note("sources.data-note", f.note()));
        }
        return d;
    }

    /** A note of the data, in the curators' English, under a label in the reader's language. */
    private Paragraph note(String labelKey, String note) {
        Paragraph p = new Paragraph();
        p.addClassName("data-note");
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("details-label");
        Span body = new Span(note);
        body.getElement().setAttribute("lang", "en");
        p.add(label, body);
        return p;
    }
}
