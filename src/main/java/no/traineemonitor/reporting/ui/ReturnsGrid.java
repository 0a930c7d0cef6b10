package no.traineemonitor.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.reporting.ReturnService;
import org.jspecify.annotations.Nullable;

/**
 * The returns of one programme or of all: year, version, when and by whom, how it came in, whether it is the one in
 * use, replaced or withdrawn (and why), and the file it came in (downloaded through {@link ReturnService#returnFile},
 * which checks who may).
 */
public class ReturnsGrid extends Grid<StoredReturn> {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * @param programmeName the name shown for a programme id; null leaves the programme column out
     * @param withdraw      called with a return an administrator wants to withdraw; null: no such button
     */
    public ReturnsGrid(ReturnService returns, @Nullable Function<String, String> programmeName,
                       @Nullable Consumer<StoredReturn> withdraw) {
        super(StoredReturn.class, false);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        empty.setText(getTranslation("history.empty"));
        empty.addClassName("muted");
        empty.setVisible(false);
        if (programmeName != null) {
            addColumn(r -> programmeName.apply(r.programmeId())).setHeader(getTranslation("reporting.returns.programme"))
                    .setKey("programme").setFlexGrow(2);
        }
        addColumn(StoredReturn::year).setHeader(getTranslation("reporting.returns.year")).setKey("year").setWidth("5em")
                .setFlexGrow(0);
        addColumn(StoredReturn::version).setHeader(getTranslation("reporting.returns.version")).setKey("version")
                .setWidth("6em").setFlexGrow(0);
        addColumn(r -> when(r.at(), getLocale())).setHeader(getTranslation("reporting.returns.at")).setKey("at")
                .setWidth("10em").setFlexGrow(0);
        addColumn(StoredReturn::by).setHeader(getTranslation("reporting.returns.by")).setKey("by");
        addColumn(r -> getTranslation("reporting.channel." + r.channel())).setHeader(getTranslation("reporting.returns.channel"))
                .setKey("channel");
        addComponentColumn(this::status).setHeader(getTranslation("reporting.returns.status")).setKey("status").setFlexGrow(3);
        addComponentColumn(r -> file(returns, r)).setHeader(getTranslation("reporting.returns.file")).setKey("file")
                .setFlexGrow(2);
        if (withdraw != null) {
            addComponentColumn(r -> {
                if (r.withdrawn()) {
                    return new Span();
                }
                Button b = new Button(getTranslation("reporting.returns.withdraw"), e -> withdraw.accept(r));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                b.setId("withdraw-" + r.returnId());
                return b;
            }).setKey("withdraw");
        }
    }

    /**
     * Shows these returns, marking those in use (per programme and year the newest not withdrawn); an empty list hides
     * the grid and shows {@link #emptyText()} instead.
     */
    public void show(List<StoredReturn> shown, java.util.Set<Long> inUse) {
        this.inUse = inUse;
        setItems(shown);
        setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private final com.vaadin.flow.component.html.Paragraph empty = new com.vaadin.flow.component.html.Paragraph();

    /** "No returns yet", shown in the grid's place while there are none: add it right after the grid. */
    public com.vaadin.flow.component.html.Paragraph emptyText() {
        return empty;
    }

    private java.util.Set<Long> inUse = java.util.Set.of();

    private Component status(StoredReturn r) {
        Span s;
        if (r.withdrawn()) {
            s = new Span(getTranslation("reporting.returns.withdrawn", r.withdrawnBy(), when(r.withdrawnAt(), getLocale()),
                    r.withdrawReason()));
            s.addClassName("withdrawn");
        } else if (inUse.contains(r.returnId())) {
            s = new Span(getTranslation("reporting.returns.in-use"));
            s.addClassName("badge-ok");
        } else {
            s = new Span(getTranslation("reporting.returns.replaced"));
            s.addClassName("muted");
        }
        return s;
    }

    private Component file(ReturnService returns, StoredReturn r) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = returns.returnFile(r.returnId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), r.fileName(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + r.fileName()));
        a.setId("return-file-" + r.returnId());
        return a;
    }

    public static String when(java.time.@Nullable Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d.M.yyyy HH:mm", locale).format(at.atZone(OSLO));
    }
}
