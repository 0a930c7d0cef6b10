package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.vocabulary.VocabularyService;
import org.jspecify.annotations.Nullable;

/**
 * The top of a programme's profile: name, the workbook download, and what the sources say it is (type, status,
 * counties, host, founding year, length, placement, education) with the document the row rests on. The curators'
 * notes are not shown here: they are the data's notes, on the sources page.
 */
class ProfileHeader extends VerticalLayout {

    ProfileHeader(Programme p, ProgrammeCoverage coverage, ReportService reports, VocabularyService vocabulary,
                  SourceService sources) {
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        var title = new H2(p.name());
        title.setId("profile-name");
        add(ProgrammeProfileView.listLink(getTranslation("profile.back-to-list")), title);
        // the funder's workbook of this programme (benchmark against all programmes of its type)
        var programme = reports.programme(p.programmeId());
        var locale = getLocale();
        add(ReportDownload.orSignIn(reports.mayDownload(programme.programmeId()), getTranslation("report.download.programme"),
                () -> new ReportDownload("download-programme-report", getTranslation("report.download.programme"),
                        getTranslation("report.download.what-programme", programme.name()), ReportService.XLSX_TYPE,
                        () -> reports.programmeFileName(programme),
                        out -> reports.writeProgrammeReport(programme.programmeId(), PeerGroup.ALL, locale, out))));

        var dl = new DescriptionList();
        dl.setId("profile-header");
        dl.addClassName("profile-facts");
        term(dl, "profile.type", getTranslation("type." + p.type()));
        term(dl, "profile.status", getTranslation("status." + p.status()));
        term(dl, "profile.county-2024", county(p.countyNumber2024(), p.countyName2024()));
        term(dl, "profile.county-2020", county(p.countyNumber2020(), p.countyName2020()));
        term(dl, "profile.host", p.host());
        term(dl, "profile.founded", p.foundedYear() == null ? null : String.valueOf(p.foundedYear()));
        term(dl, "profile.length", p.lengthMonths() == null ? null
                : getTranslation(p.lengthMonths() == 1 ? "profile.months-one" : "profile.months",
                NorwegianFormats.integer(p.lengthMonths(), locale)));
        term(dl, "profile.placement",
                coverage.placementModel() == null ? null : getTranslation("profile.placement." + coverage.placementModel()));
        term(dl, "profile.min-education", coverage.minEducation() == null ? null
                : vocabulary.education(coverage.minEducation(), locale));
        var link = new Anchor(ProgrammeProfileView.sourcesHref(p.sourceFile()),
                sources.documentLabel(p.sourceFile()) + ", " + p.sourceSection());
        link.setId("profile-main-source");
        var quote = new Span(coverage.sourceQuote() == null ? "" : " «" + coverage.sourceQuote() + "»");
        quote.addClassName("muted");
        dl.add(new DescriptionList.Term(getTranslation("profile.main-source")), description(new Span(link, quote)));
        add(dl);
    }

    private static @Nullable String county(@Nullable String number, @Nullable String name) {
        return number == null ? null : number + " " + (name == null ? "" : name);
    }

    private void term(DescriptionList dl, String key, @Nullable String value) {
        var text = new Span(value == null || value.isBlank() ? getTranslation("profile.not-stated") : value);
        if (value == null || value.isBlank()) {
            text.addClassName("muted");
        }
        dl.add(new DescriptionList.Term(getTranslation(key)), description(text));
    }

    private static DescriptionList.Description description(Component content) {
        return new DescriptionList.Description(content);
    }
}
