package no.traineemonitor.report;

import java.nio.file.Path;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.indicator.IndicatorsCommand;
import no.traineemonitor.reference.CountyDivision;

/** Shared by the report commands: their common options and the output file. */
final class ReportFiles {

    static final Option LANG = Option.choice("lang", "language of the workbook: bokmål (the default) or English", "nb", "en");
    static final Option CSV = IndicatorsCommand.CSV;
    static final Option DIVISION = Option.choice("division",
            "county division: 2024 (15 counties, the default) or 2020 (11 counties)", "2024", "2020");

    private ReportFiles() {
    }

    /** {@code --lang=nb} (default) or {@code --lang=en}. */
    static Locale locale(Options options) {
        return "en".equals(options.get(LANG.name())) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
    }

    /** {@code --csv=rfc4180} (default) or {@code --csv=excel-nb}. */
    static CsvFormat csv(Options options) {
        return IndicatorsCommand.csv(options);
    }

    /** {@code --division=2024} (default) or {@code --division=2020}. */
    static CountyDivision division(Options options) {
        return "2020".equals(options.get(DIVISION.name())) ? CountyDivision.D2020 : CountyDivision.D2024;
    }

    /** The output file of a workbook: must end in {@code .xlsx} and be writable. */
    static Path xlsx(String out) {
        if (!out.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserFacingException("The report is an Excel workbook: --out must end in .xlsx, got '" + out + "'");
        }
        return OutputFiles.checkTarget(out);
    }
}
