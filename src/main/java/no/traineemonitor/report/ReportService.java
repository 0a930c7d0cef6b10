package no.traineemonitor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.InvalidFilterException;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import no.traineemonitor.report.workbook.BenchmarkSheet;
import no.traineemonitor.report.workbook.CellStyles;
import no.traineemonitor.report.workbook.CentralitySheet;
import no.traineemonitor.report.workbook.CoverSheet;
import no.traineemonitor.report.workbook.CoverageRow;
import no.traineemonitor.report.workbook.CoverageSheet;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.report.workbook.CsvExtract;
import no.traineemonitor.source.FactText;
import no.traineemonitor.vocabulary.VocabularyService;
import no.traineemonitor.report.workbook.DefinitionsSheet;
import no.traineemonitor.report.workbook.ExtractColumns;
import no.traineemonitor.report.workbook.ExtractSink;
import no.traineemonitor.report.workbook.FundingSheet;
import no.traineemonitor.report.workbook.FunnelSheet;
import no.traineemonitor.report.workbook.HiresYear;
import no.traineemonitor.report.workbook.IndicatorsSheet;
import no.traineemonitor.report.workbook.KeyFiguresSheet;
import no.traineemonitor.report.workbook.ProfileSheet;
import no.traineemonitor.report.workbook.ReportInfo;
import no.traineemonitor.report.workbook.SheetMetadata;
import no.traineemonitor.report.workbook.SourcesSheet;
import no.traineemonitor.report.workbook.SurveySheet;
import no.traineemonitor.report.workbook.Texts;
import no.traineemonitor.report.workbook.TrendSheet;
import no.traineemonitor.report.workbook.XlsxExtract;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.survey.SurveyTable;
import no.traineemonitor.survey.SurveyWording;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes the Excel reports: a workbook per county, a workbook per programme, and the full extract (.xlsx or .csv).
 * Every number comes from the services the dashboard uses (IndicatorService, BenchmarkService, SourceService,
 * ReferenceService; hires per year from the overview's own query), so a report shows what the screen shows.
 * Inputs are checked before anything is written: an unknown county or programme fails with a message naming it.
 */
@Service
public class ReportService {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";

    /** Rows of indicator results whose sources are looked up at once while the extract streams. */
    static final int SOURCE_BATCH = 2000;

    /** The extract's file type. */
    public enum ExtractFormat {
        XLSX, CSV;

        /** From a file name ending in .xlsx or .csv; anything else is refused with the name in the message. */
        public static ExtractFormat ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            throw new InvalidFilterException("The extract is written as .xlsx or .csv: '" + fileName
                    + "' ends in neither (e.g. --out=extract.xlsx).");
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the extract held: rows per section. */
    public record ExtractSummary(long facts, long surveyCells, long indicatorResults) {

        public long rows() {
            return facts + surveyCells + indicatorResults;
        }
    }

    private final IndicatorService indicators;
    private final BenchmarkService benchmarks;
    private final SourceService sources;
    private final ProgrammeService programmes;
    private final ReferenceService reference;
    private final ReportRepository repository;
    private final Translations translations;
    private final VocabularyService vocabulary;
    private final SurveyService surveys;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final RecordService record;
    private final ReportTableSources tableSources;

    ReportService(IndicatorService indicators, BenchmarkService benchmarks, SourceService sources,
                  ProgrammeService programmes, ReferenceService reference, ReportRepository repository,
                  Translations translations, VocabularyService vocabulary, SurveyService surveys, CurrentUser currentUser,
                  RecordService record, ReportTableSources tableSources, ObjectProvider<Clock> clock) {
        ReportTempFiles.usePerProcessPoiFolder();
        this.vocabulary = vocabulary;
        this.currentUser = currentUser;
        this.record = record;
        this.tableSources = tableSources;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.sources = sources;
        this.programmes = programmes;
        this.reference = reference;
        this.repository = repository;
        this.translations = translations;
        this.surveys = surveys;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The county, or a failure that names the unknown value and lists the known ones. */
    public County county(String number, CountyDivision division) {
        return reference.county(number, division).orElseThrow(() -> new InvalidFilterException(
                "Unknown county '" + number + "' in the " + division.year() + " division. Known: "
                        + reference.counties(division).stream().map(County::label).collect(Collectors.joining(", "))));
    }

    /** The programme, or a failure that names the unknown id. */
    public Programme programme(String programmeId) {
        return programmes.programme(programmeId).orElseThrow(() -> new InvalidFilterException(
                "Unknown programme '" + programmeId + "'. Known: " + programmes.programmes(null, null, null).stream()
                        .map(Programme::programmeId).sorted().collect(Collectors.joining(", "))));
    }

    /** The counties of a division (for "all counties"). */
    public List<County> counties(CountyDivision division) {
        return reference.counties(division);
    }

    public String countyFileName(County county) {
        return "fylkesrapport-" + county.number() + "-" + slug(county.name()) + "-" + county.division().year() + "-"
                + LocalDate.now(clock) + ".xlsx";
    }

    public String programmeFileName(Programme programme) {
        return "programrapport-" + programme.programmeId() + "-" + LocalDate.now(clock) + ".xlsx";
    }

    public String extractFileName(ExtractFormat format) {
        return "traineemonitor-uttrekk-" + LocalDate.now(clock) + "." + format.extension();
    }

    /** The CSV extract's file name; the excel-nb one says so ("…-excel.csv"), so both can sit in one folder. */
    public String extractFileName(CsvFormat csv) {
        return "traineemonitor-uttrekk-" + LocalDate.now(clock) + (csv == CsvFormat.EXCEL_NB ? "-excel" : "") + ".csv";
    }

    // ---------------------------------------------------------------------------------------------- county report

    /** The county workbook: cover, key figures, indicators, benchmark, coverage by centrality and municipality, funding, definitions, sources. */
    public void writeCountyReport(String countyNumber, CountyDivision division, Locale locale, OutputStream out) throws IOException {
        downloading(null, "county_report", countyNumber + " (" + division.year() + ")");
        County county = county(countyNumber, division);
        Texts t = texts(locale);
        String subject = county.label();
        IndicatorFilter filter = division == CountyDivision.D2024
                ? new IndicatorFilter(county.number(), null, null, null, null, null, null, null, null)
                : new IndicatorFilter(null, county.number(), null, null, null, null, null, null, null);
        String regionType = division == CountyDivision.D2024 ? "county" : "county_2020";

        List<Programme> inCounty = programmes.programmes(null, null, null).stream()
                .filter(p -> county.number().equals(division == CountyDivision.D2024 ? p.countyNumber2024() : p.countyNumber2020()))
                .sorted(Comparator.comparing(Programme::name)).toList();
        Map<String, ProgrammeProfile> profiles = benchmarks.profiles().stream()
                .collect(Collectors.toMap(ProgrammeProfile::programmeId, p -> p));
        List<IndicatorService.KeyFigure> keyFigures = indicators.keyFigures(filter, subject, List.of());
        List<IndicatorResult> results = new ArrayList<>(indicators.pooled(regionType, county.number(), filter));
        results.addAll(indicators.results(filter));
        results.sort(indicators.catalogueOrder()
                .thenComparing(r -> r.subjectType().equals("programme") ? 1 : 0)
                .thenComparing(IndicatorResult::subjectName)
                .thenComparing(IndicatorResult::comparabilityKey)
                .thenComparing(r -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd()));
        List<Benchmark> compared = inCounty.stream().map(p -> benchmarks.benchmark(p.programmeId(), PeerGroup.ALL, List.of()))
                .filter(b -> !b.compared().isEmpty()).toList();
        // one funnel per definition: with peer group ALL, each county programme's funnel has the same programmes and limits
        Map<String, BenchmarkRow> funnelByKey = new LinkedHashMap<>();
        compared.forEach(b -> b.ranked().stream().filter(r -> r.funnel() != null)
                .forEach(r -> funnelByKey.putIfAbsent(r.own().comparabilityKey(), r)));
        List<BenchmarkRow> funnels = List.copyOf(funnelByKey.values());
        Map<String, List<CoverageRow.Covering>> covering = repository.coverage(county.number(), division.year());
        List<CoverageRow> coverage = reference.municipalities(county.number(), division).stream()
                .map(m -> new CoverageRow(m, covering.getOrDefault(m.kommunenummer(), List.of()))).toList();
        List<HiresYear> hires = repository.hiresPerYear(filter);
        List<Fact> funding = repository.funding(filter);
        List<SurveyTable> surveyTables = surveys.tables();

        Set<String> factIds = new LinkedHashSet<>();
        keyFigures.forEach(k -> {
            k.pooled().forEach(r -> factIds.addAll(r.factIds()));
            k.reported().forEach(r -> factIds.addAll(r.factIds()));
        });
        results.forEach(r -> factIds.addAll(r.factIds()));
        // every county programme is compared with (nearly) the same peers, whose values are the same objects: each is
        // read once (at 10 M facts, thousands of peers in hundreds of rows took a quarter of the workbook's time)
        Set<IndicatorResult> peersRead = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        compared.forEach(b -> b.compared().forEach(r -> {
            factIds.addAll(r.own().factIds());
            r.peers().forEach(p -> {
                if (peersRead.add(p)) {
                    factIds.addAll(p.factIds());
                }
            });
        }));
        hires.forEach(h -> factIds.addAll(h.factIds()));
        funding.forEach(f -> factIds.add(f.factId()));

        List<ReportInfo.Pair> sheets = new ArrayList<>(List.of(
                new ReportInfo.Pair(t.get("sheet.key-figures"), t.get("contents.key-figures")),
                new ReportInfo.Pair(t.get("sheet.indicators"), t.get("contents.indicators")),
                new ReportInfo.Pair(t.get("sheet.benchmark"), t.get("contents.benchmark-county")),
                new ReportInfo.Pair(t.get("sheet.funnels"), t.get("contents.funnels-county")),
                new ReportInfo.Pair(t.get("sheet.centrality"), t.get("contents.centrality")),
                new ReportInfo.Pair(t.get("sheet.coverage"), t.get("contents.coverage")),
                new ReportInfo.Pair(t.get("sheet.funding"), t.get("contents.funding")),
                surveyContents(locale),
                new ReportInfo.Pair(t.get("sheet.definitions"), t.get("contents.definitions")),
                new ReportInfo.Pair(t.get("sheet.sources"), t.get("contents.sources"))));
        if (funnels.isEmpty()) { // no sheet that would only say there is nothing on it
            sheets.removeIf(p -> p.label().equals(t.get("sheet.funnels")));
        }
        List<ReportInfo.Pair> filters = List.of(
                new ReportInfo.Pair(t.get("cover.county"), subject),
                new ReportInfo.Pair(t.get("cover.division"), t.get("cover.division-" + division.year())),
                new ReportInfo.Pair(t.get("cover.programme-types"), t.get("cover.all-types")),
                new ReportInfo.Pair(t.get("cover.years"), t.get("cover.all-years")),
                new ReportInfo.Pair(t.get("cover.peer-group"), t.word("group", PeerGroup.ALL.urlValue())));
        ReportInfo info = info("county", t.get("county-title"), subject, filters, sheets);
        Function<String, IndicatorDefinition> definitions = definitions();
        SheetMetadata meta = SheetMetadata.of(t, info, ReportTableSources.reference(info.reference(), locale), this::documentTitles);
        List<String> coverageDocuments = programmeDocuments(coverage.stream()
                .flatMap(c -> c.programmes().stream().map(CoverageRow.Covering::programmeId)).toList());

        // The long tables (indicator values, funding, sources: hundreds of thousands of cells at a million facts) are
        // streamed to temporary files as they are written; the sheets with charts stay in memory, where a chart reads
        // its cells. In memory the whole workbook took a gigabyte of heap at 1 M facts and never finished at 10 M.
        try (XSSFWorkbook wb = new XSSFWorkbook(); SXSSFWorkbook streamed = new SXSSFWorkbook(wb, STREAMED_ROWS, true, false)) {
            CellStyles s = new CellStyles(wb);
            CoverSheet.write(wb, s, t, info);
            KeyFiguresSheet.write(wb, s, t, subject, keyFigures, definitions, hires, inCounty, profiles, indicators.minimumN(),
                    info.reference().date(locale), meta);
            IndicatorsSheet.write(streamed, s, t, subject, results, definitions, indicators.minimumN(), meta);
            BenchmarkSheet.county(wb, s, t, subject, compared, meta);
            if (!funnels.isEmpty()) {
                FunnelSheet.write(wb, s, t, subject, funnels, inCounty.stream().map(Programme::programmeId)
                        .collect(Collectors.toSet()), t.get("funnels.programmes-of", subject), false, meta);
            }
            CentralitySheet.write(wb, s, t, subject, coverage, info.reference().date(locale), meta, coverageDocuments);
            CoverageSheet.write(wb, s, t, subject, coverage, info.reference().date(locale), meta, coverageDocuments);
            FundingSheet.write(streamed, s, t, subject, funding, meta);
            SurveySheet.write(wb, s, t, surveyWording(locale), surveyTables, meta);
            DefinitionsSheet.write(wb, s, t, indicators.catalogue(), indicators.minimumN(), info.reference(), meta);
            SourcesSheet.write(streamed, s, t, sources.facts(factIds), sources.documents(), meta);
            streamed.write(out); // the sheets in memory and the streamed ones, in the order they were made
        }
    }

    /** Rows of a streamed sheet kept in memory: only the row being written is ever changed. */
    private static final int STREAMED_ROWS = 200;

    // ------------------------------------------------------------------------------------------- programme report

    /** The programme workbook: cover, profile, indicators, benchmark against the peer group with funnel plots, trend, definitions, sources. */
    public void writeProgrammeReport(String programmeId, PeerGroup group, Locale locale, OutputStream out) throws IOException {
        downloading(programmeId, "programme_report", programmeId);
        Programme programme = programme(programmeId);
        Texts t = texts(locale);
        String subject = programme.name();
        IndicatorFilter filter = IndicatorFilter.none().withProgramme(programmeId);
        ProgrammeProfile profile = benchmarks.profile(programmeId);
        List<IndicatorResult> results = indicators.results(filter).stream()
                .sorted(indicators.catalogueOrder().thenComparing(IndicatorResult::comparabilityKey)
                        .thenComparing(r -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd())
                        .thenComparing(r -> r.periodStart() == null ? Integer.MIN_VALUE : r.periodStart()))
                .toList();
        Benchmark benchmark = benchmarks.benchmark(programmeId, group, List.of());
        Map<String, List<CoverageRow.Covering>> covering = repository.programmeCoverage(programmeId);
        List<CoverageRow> covered = reference.municipalities(null, CountyDivision.D2024).stream()
                .filter(m -> covering.containsKey(m.kommunenummer()))
                .map(m -> new CoverageRow(m, covering.get(m.kommunenummer()))).toList();
        List<HiresYear> hires = repository.hiresPerYear(filter);
        List<Fact> ownFacts = sources.factsOfProgramme(programmeId);
        List<Fact> hireFacts = ownFacts.stream().filter(f -> f.metric().equals("hires") && f.category() == null).toList();
        List<SurveyTable> surveyTables = surveys.tables();

        Set<String> factIds = new LinkedHashSet<>();
        ownFacts.forEach(f -> factIds.add(f.factId()));
        results.forEach(r -> factIds.addAll(r.factIds()));
        benchmark.compared().forEach(r -> r.peers().forEach(p -> factIds.addAll(p.factIds())));
        benchmark.joint().forEach(r -> factIds.addAll(r.factIds()));

        List<BenchmarkRow> funnels = benchmark.ranked().stream().filter(r -> r.funnel() != null).toList();
        List<ReportInfo.Pair> sheets = new ArrayList<>(List.of(
                new ReportInfo.Pair(t.get("sheet.profile"), t.get("contents.profile")),
                new ReportInfo.Pair(t.get("sheet.indicators"), t.get("contents.indicators-programme")),
                new ReportInfo.Pair(t.get("sheet.benchmark"), t.get("contents.benchmark-programme")),
                new ReportInfo.Pair(t.get("sheet.not-ranked"), t.get("contents.not-ranked")),
                new ReportInfo.Pair(t.get("sheet.funnels"), t.get("contents.funnels-programme")),
                new ReportInfo.Pair(t.get("sheet.trend"), t.get("contents.trend")),
                surveyContents(locale),
                new ReportInfo.Pair(t.get("sheet.definitions"), t.get("contents.definitions")),
                new ReportInfo.Pair(t.get("sheet.sources"), t.get("contents.sources-programme"))));
        if (funnels.isEmpty()) { // no sheet that would only say there is nothing on it
            sheets.removeIf(p -> p.label().equals(t.get("sheet.funnels")));
        }
        List<ReportInfo.Pair> filters = List.of(
                new ReportInfo.Pair(t.get("cover.programme"), subject),
                new ReportInfo.Pair(t.get("cover.years"), t.get("cover.all-years")),
                new ReportInfo.Pair(t.get("cover.peer-group"), t.word("group", group.urlValue())));
        ReportInfo info = info("programme", t.get("programme-title"), subject, filters, sheets);
        Function<String, IndicatorDefinition> definitions = definitions();
        SheetMetadata meta = SheetMetadata.of(t, info, ReportTableSources.reference(info.reference(), locale), this::documentTitles);

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles s = new CellStyles(wb);
            CoverSheet.write(wb, s, t, info);
            ProfileSheet.write(wb, s, t, programme, profile, covered, info.reference().date(locale), meta,
                    ownFacts.stream().map(Fact::factId).toList());
            IndicatorsSheet.write(wb, s, t, subject, results, definitions, indicators.minimumN(), meta);
            BenchmarkSheet.programme(wb, s, t, benchmark, definitions, meta);
            if (!funnels.isEmpty()) {
                FunnelSheet.write(wb, s, t, subject, funnels,
                    Set.of(programmeId), subject, true, meta);
            }
            TrendSheet.write(wb, s, t, subject, hires, hireFacts, results, definitions, indicators.minimumN(), meta);
            SurveySheet.write(wb, s, t, surveyWording(locale), surveyTables, meta);
            DefinitionsSheet.write(wb, s, t, indicators.catalogue(), indicators.minimumN(), info.reference(), meta);
            SourcesSheet.write(wb, s, t, sources.facts(factIds), sources.documents(), meta);
            wb.write(out);
        }
    }

    // ------------------------------------------------------------------------------------------------ full extract

    /**
     * Every fact, every survey cell and every indicator result with its sources, streamed: rows are read from DuckDB
     * as a stream and written through SXSSF (or straight to CSV), so memory stays flat however large the data is.
     */
    public ExtractSummary writeExtract(ExtractFormat format, Locale locale, OutputStream out) throws IOException {
        return writeExtract(format, CsvFormat.RFC4180, locale, out);
    }

    /**
     * The extract; a .csv in the given CSV format (excel-nb for a Norwegian spreadsheet, rfc4180 for programs; the
     * command's {@code --csv=} passes it), ignored for .xlsx.
     */
    public ExtractSummary writeExtract(ExtractFormat format, CsvFormat csv, Locale locale, OutputStream out) throws IOException {
        downloading(null, "extract", format.extension());
        Texts t = texts(locale);
        long[] counts = new long[3];
        ReportInfo info = info("extract", t.get("extract.title"), t.get("extract.subject"), List.of(), List.of());
        SheetMetadata meta = SheetMetadata.of(t, info, ReportTableSources.reference(info.reference(), locale), this::documentTitles);
        List<String> allDocuments = sources.documents().stream().map(d -> d.label()).toList();
        try (ExtractSink sink = format == ExtractFormat.XLSX ? new XlsxExtract(out, t, meta, allDocuments)
                : new CsvExtract(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), csv, t)) {
            sink.section("fact", t.get("sheet.facts"), ExtractColumns.FACTS);
            repository.forEachFact(ExtractColumns.FACTS, row -> {
                sink.row(row);
                counts[0]++;
            });
            sink.section("survey_cell", t.get("sheet.survey"), ExtractColumns.SURVEY);
            repository.forEachSurveyCell(ExtractColumns.SURVEY, row -> {
                sink.row(row);
                counts[1]++;
            });
            sink.surveys(surveys.tables(), surveyWording(locale));
            sink.section("indicator_result", t.get("sheet.indicator-results"), ExtractColumns.INDICATORS);
            List<IndicatorResult> batch = new ArrayList<>(SOURCE_BATCH);
            indicators.forEachResult(IndicatorFilter.none(), r -> {
                batch.add(r);
                if (batch.size() == SOURCE_BATCH) {
                    counts[2] += writeIndicatorBatch(sink, batch);
                }
            });
            counts[2] += writeIndicatorBatch(sink, batch);
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put(t.get("extract.count-facts"), counts[0]);
            rows.put(t.get("extract.count-survey"), counts[1]);
            rows.put(t.get("extract.count-indicators"), counts[2]);
            sink.finish(info, rows);
        }
        return new ExtractSummary(counts[0], counts[1], counts[2]);
    }

    private int writeIndicatorBatch(ExtractSink sink, List<IndicatorResult> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(r -> r.factIds().stream().filter(id -> !id.startsWith("ref:")).forEach(ids::add));
        Map<String, String> where = repository.factSources(ids);
        for (IndicatorResult r : batch) {
            String sourcesOfRow = r.factIds().stream()
                    .map(id -> id.startsWith("ref:") ? "SSB " + id.substring(4) : where.getOrDefault(id, id))
                    .distinct().collect(Collectors.joining("; "));
            sink.row(new Object[] {r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), r.subjectName(),
                    r.periodStart(), r.periodEnd(), r.periodKind(), r.figureKind(), String.join(" ", r.statementProgrammes()),
                    r.value(), r.numerator(), r.denominator(), r.n(), r.ciLow(), r.ciHigh(), r.qualifier(),
                    r.qualifierClass(), r.suppressed(), r.suppressionReason(), r.kind(), r.basis(), r.comparabilityKey(),
                    r.scope(), r.horizon(), r.conflicting(), r.peers(), String.join(" ", r.programmes()),
                    String.join(" ", r.programmesLeftOut()), String.join(" ", r.factIds()), sourcesOfRow});
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    // ------------------------------------------------------------------------------------------------------ shared

    /** May the current user download it (funders, analysts, administrators; a leader their programme's)? Audited. */
    public boolean mayDownload(@Nullable String programmeId) {
        return currentUser.mayDownload(programmeId);
    }

    private void downloading(@Nullable String programmeId, String what, String which) {
        currentUser.requireDownload(programmeId);
        if (!currentUser.isOperator()) { // a command only reads: the operator's files are not written to
            record.audit(currentUser.name(), "download", Map.of("what", what, "which", which));
        }
    }

    private ReportInfo info(String kind, String title, String subject, List<ReportInfo.Pair> filters,
                            List<ReportInfo.Pair> sheets) {
        ReportRepository.DataVersion version = repository.dataVersion();
        return new ReportInfo(kind, title, subject, LocalDateTime.now(clock).withNano(0), version.version(),
                version.builtAt() == null ? null : version.builtAt().withNano(0), filters, indicators.minimumN(), sheets,
                reference.currentVersion());
    }

    /** The documents (by title, publisher and year; never a file name) the given facts come from. */
    private List<String> documentTitles(java.util.Collection<String> factIds) {
        return tableSources.documents(factIds);
    }

    /** The documents the given programmes are described in (their main source), by title. */
    private List<String> programmeDocuments(java.util.Collection<String> programmeIds) {
        Set<String> ids = new LinkedHashSet<>(programmeIds);
        return programmes.programmes(null, null, null).stream().filter(p -> ids.contains(p.programmeId()))
                .map(p -> sources.documentLabel(p.sourceFile())).distinct().sorted().toList();
    }

    private Function<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> byId = indicators.catalogue().stream()
                .collect(Collectors.toMap(IndicatorDefinition::indicatorId, d -> d));
        return byId::get;
    }

    /** The survey tables' words (survey.* keys) in the report's language. */
    private SurveyWording surveyWording(Locale locale) {
        return new SurveyWording(locale, (key, params) -> translations.getTranslation(key, locale, params));
    }

    /** The cover's line for the survey sheets: their names and what they hold. */
    private ReportInfo.Pair surveyContents(Locale locale) {
        SurveyWording w = surveyWording(locale);
        return new ReportInfo.Pair(String.join(", ", SurveySheet.sheetNames(w)), w.text("survey.sheet.contents"));
    }

    /** The report's texts in bokmål, or English when the locale is English. */
    Texts texts(Locale locale) {
        return Texts.of(translations::getTranslation, locale, t -> new FactText(vocabulary, sources, locale, t::shared), "report");
    }

    /** ASCII file-name part: "Møre og Romsdal" → "more-og-romsdal". */
    static String slug(String name) {
        String first = name.split(" - ")[0];
        String ascii = first.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
