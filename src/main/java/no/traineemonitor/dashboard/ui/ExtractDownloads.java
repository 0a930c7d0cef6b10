package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;

/**
 * The full extract's downloads: the workbook, and the CSV for a Norwegian spreadsheet (excel-nb) and plain CSV
 * (RFC 4180); a Norwegian page offers excel-nb first, an English one the plain CSV.
 */
final class ExtractDownloads {

    private ExtractDownloads() {
    }

    static FlexLayout of(ReportService reports, Locale locale) {
        FlexLayout downloads = new FlexLayout();
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.addClassName("downloads");
        ReportService.ExtractFormat xlsx = ReportService.ExtractFormat.XLSX;
        boolean allowed = reports.mayDownload(null); // funders, analysts, administrators; the public is asked to sign in
        String xlsxLabel = downloads.getTranslation("report.download.extract");
        downloads.add(ReportDownload.orSignIn(allowed, xlsxLabel, () -> new ReportDownload("download-extract-xlsx", xlsxLabel,
                downloads.getTranslation("report.download.what-extract"), ReportService.XLSX_TYPE,
                () -> reports.extractFileName(xlsx), out -> reports.writeExtract(xlsx, locale, out))));
        CsvFormat first = CsvFormat.defaultFor(locale);
        for (CsvFormat csv : first == CsvFormat.EXCEL_NB ? new CsvFormat[] {CsvFormat.EXCEL_NB, CsvFormat.RFC4180}
                : new CsvFormat[] {CsvFormat.RFC4180, CsvFormat.EXCEL_NB}) {
            String label = downloads.getTranslation("report.download.extract-csv",
                    downloads.getTranslation("csv.format." + csv.option()));
            downloads.add(ReportDownload.orSignIn(allowed, label, () -> new ReportDownload("download-extract-csv-" + csv.option(),
                    label, downloads.getTranslation("report.download.what-extract"), ReportService.CSV_TYPE + "; charset=utf-8",
                    () -> reports.extractFileName(csv), out -> reports.writeExtract(ReportService.ExtractFormat.CSV, csv, locale, out))));
        }
        return downloads;
    }
}
