package no.traineemonitor.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The yearly return of a programme: its Excel template (pre-filled with what is known), reading and validating a
 * filled workbook or the browser form (the same rules), the preview against what the warehouse holds, and storing a
 * confirmed return in the record. Nothing is stored until the whole return is valid and confirmed.
 */
@Service
public class ReturnService {

    /** The first year a return can be given for (the sources go back to 1998; the template is new). */
    public static final int FIRST_YEAR = 2000;

    /** The largest return workbook read (a filled template is about 10 kB). */
    public static final long MAX_UPLOAD_BYTES = ReturnWorkbookReader.MAX_BYTES;

    private final ReturnRepository repository;
    private final ProgrammeService programmes;
    private final RecordService record;
    private final Translations translations;
    private final ObjectProvider<no.traineemonitor.warehouse.WarehouseUpdater> updater;
    private final Clock clock;
    private final CurrentUser currentUser;
    private volatile @Nullable List<ReturnMetric> template;

    ReturnService(ReturnRepository repository, ProgrammeService programmes, RecordService record,
                  Translations translations, ObjectProvider<no.traineemonitor.warehouse.WarehouseUpdater> updater,
                  ObjectProvider<Clock> clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.repository = repository;
        this.programmes = programmes;
        this.record = record;
        this.translations = translations;
        this.updater = updater;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    public List<ReturnMetric> template() {
        List<ReturnMetric> t = template;
        if (t == null) {
            t = repository.template();
            template = t;
        }
        return t;
    }

    /** The latest year a return can be given for: last year (a year is reported when it is over). */
    public int latestYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** The Excel template for a programme and year, pre-filled with what the warehouse knows and from where. */
    public byte[] templateWorkbook(String programmeId, int year, Locale locale) {
        if (!currentUser.isOperator()) { // the operator makes templates for returns collected by e-mail
            currentUser.requireReportFor(programmeId);
        }
        Programme p = programme(programmeId);
        checkYear(year);
        Map<String, TemplateWorkbook.Known> known = new LinkedHashMap<>();
        knownFigures(programmeId, year).forEach((id, k) -> known.put(id, new TemplateWorkbook.Known(
                format(k), k.sourceTitle() + (k.sourceSection() == null ? "" : ", " + k.sourceSection()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TemplateWorkbook.write(out, template(), programmeId, p.name(), year, locale,
                    (key, args) -> translations.getTranslation("reporting." + key, locale, args), known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String templateFileName(String programmeId, int year) {
        return "aarsrapport-" + programmeId + "-" + year + ".xlsx";
    }

    /** A return read and checked: its values, or every problem found. {@code raw} is null when the file was unreadable. */
    public record Checked(String programmeId, int year, Map<String, ReportedValue> values, List<ReturnProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads and checks an uploaded workbook. {@code programmeId} and {@code year}, when given, are what the uploader may
     * report for: a template made for another programme or year is refused.
     */
    public Checked readWorkbook(byte[] bytes, @Nullable String programmeId, @Nullable Integer year) {
        ReturnWorkbookReader.Read read = ReturnWorkbookReader.read(bytes, template());
        List<ReturnProblem> problems = new ArrayList<>(read.problems());
        RawReturn raw = read.raw();
        if (raw == null) {
            return new Checked(programmeId == null ? "" : programmeId, year == null ? 0 : year, Map.of(), problems);
        }
        if (programmeId != null && !programmeId.equals(raw.programmeId())) {
            problems.add(ReturnProblem.file("problem.other-programme", programmeName(raw.programmeId()), programmeName(programmeId)));
        }
        if (year != null && year != raw.year()) {
            problems.add(ReturnProblem.file("problem.other-year", Integer.toString(raw.year()), Integer.toString(year)));
        }
        return check(raw, problems);
    }

    /** Checks a return filled in the browser form. */
    public Checked checkForm(String programmeId, int year, Map<String, String> values, Map<String, String> comments) {
        Map<String, RawReturn.Cell> cells = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                cells.put(k, RawReturn.Cell.form(v));
            }
        });
        return check(new RawReturn(programmeId, year, cells, comments), new ArrayList<>());
    }

    private Checked check(RawReturn raw, List<ReturnProblem> problems) {
        if (programmes.programme(raw.programmeId()).isEmpty()) {
            problems.add(ReturnProblem.file("problem.unknown-programme", raw.programmeId()));
        }
        if (raw.year() < FIRST_YEAR || raw.year() > latestYear()) {
            problems.add(ReturnProblem.file("problem.year", Integer.toString(raw.year()), Integer.toString(FIRST_YEAR),
                    Integer.toString(latestYear())));
        }
        ReturnValidator.Result result = new ReturnValidator(template(), repository.municipalityCodes(), choiceLabels())
                .validate(raw);
        problems.addAll(result.problems());
        return new Checked(raw.programmeId(), raw.year(), result.values(), problems);
    }

    /** How a figure of the return compares with what the warehouse holds now. */
    public enum Change { NEW, CHANGED, UNCHANGED, NOT_REPORTED }

    /** One line of the preview: the figure, its reported value, and the value held now with its source. */
    public record PreviewLine(ReturnMetric metric, @Nullable ReportedValue reported, @Nullable String current,
                              @Nullable String currentSource, Change change) {
    }

    /** The preview shown before a return is stored: every figure of the template, new, changed, unchanged or empty. */
    public List<PreviewLine> preview(Checked checked) {
        currentUser.requireReportFor(checked.programmeId());
        Map<String, ReturnRepository.KnownFigure> known = knownFigures(checked.programmeId(), checked.year());
        // a return in use is compared figure by figure as it was reported (its choices and lists too, which the
        // warehouse keeps in other forms than the return's: a list of municipalities is not one fact)
        Map<String, String> inUse = inUse(checked.programmeId(), checked.year());
        String returnSource = known.values().stream().filter(k -> k.factId().startsWith("r"))
                .map(ReturnRepository.KnownFigure::sourceTitle).findFirst().orElse(null);
        List<PreviewLine> lines = new ArrayList<>();
        for (ReturnMetric m : template()) {
            ReportedValue v = checked.values().get(m.metricId());
            ReturnRepository.KnownFigure k = known.get(m.metricId());
            String current = inUse.containsKey(m.metricId()) ? inUse.get(m.metricId()) : k == null ? null : format(k);
            String source = inUse.containsKey(m.metricId()) && returnSource != null ? returnSource
                    : k == null ? null : k.sourceTitle();
            Change change = v == null ? Change.NOT_REPORTED
                    : current == null ? Change.NEW
                    : current.equals(v.display()) ? Change.UNCHANGED : Change.CHANGED;
            lines.add(new PreviewLine(m, v, current, source, change));
        }
        return lines;
    }

    /**
     * Stores a valid, confirmed return as the signed-in user and takes it into the warehouse the server is serving (the
     * server only; a command stores in the record and the warehouse is rebuilt from it or followed by the server).
     */
    public StoredReturn confirm(Checked checked, String channel, byte[] file, String fileName) {
        StoredReturn stored = store(checked, channel, file, fileName);
        updater.getObject().replaceReturns();
        return stored;
    }

    /** Withdraws a return (an administrator's decision, with the reason) and takes the change into the warehouse. */
    public StoredReturn withdraw(long returnId, String reason) {
        currentUser.requireAdmin();
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A withdrawal needs a reason");
        }
        StoredReturn withdrawn = record.withdraw(currentUser.name(), returnId, reason.strip());
        updater.getObject().replaceReturns();
        return withdrawn;
    }

    /** Stores a valid, confirmed return in the record with the file it came in, as the signed-in user. */
    public StoredReturn store(Checked checked, String channel, byte[] file, String fileName) {
        currentUser.requireReportFor(checked.programmeId());
        if (!checked.valid()) {
            throw new IllegalStateException("A return with problems is never stored");
        }
        List<StoredReturn.Value> values = checked.values().values().stream()
                .map(v -> new StoredReturn.Value(v.metricId(), v.number(), v.text(), v.comment())).toList();
        return record.submit(currentUser.name(), checked.programmeId(), checked.year(), channel, file, fileName, values);
    }

    /** The workbook of a return filled in the browser: the template with the values in, kept as the return's file. */
    public byte[] formWorkbook(Checked checked, Locale locale) {
        byte[] template = templateWorkbook(checked.programmeId(), checked.year(), locale);
        return FilledWorkbook.fill(template, template(), checked.values());
    }

    /** The returns of a programme, newest first: for its leader, analysts and administrators. */
    public List<StoredReturn> returnsOf(String programmeId) {
        if (!currentUser.maySeeHistory()) {
            currentUser.requireReportFor(programmeId);
        }
        return record.returns().stream().filter(r -> r.programmeId().equals(programmeId)).toList();
    }

    /** Every return of every programme: the history analysts and administrators see. */
    public List<StoredReturn> returns() {
        if (!currentUser.maySeeHistory()) {
            throw new AccessDeniedException(currentUser.name() + " may not see every return");
        }
        return record.returns();
    }

    /** The file a return came in, for those who may see the return. */
    public byte[] returnFile(long returnId) {
        StoredReturn r = record.returnById(returnId).orElseThrow(() -> new IllegalArgumentException("No return " + returnId));
        if (!currentUser.maySeeHistory()) {
            currentUser.requireReportFor(r.programmeId());
        }
        record.audit(currentUser.name(), "download", Map.of("what", "return-file", "which", Long.toString(returnId)));
        return record.file(r.fileSha256());
    }

    /** The ids of the returns in use: per programme and year the newest version not withdrawn. */
    public java.util.Set<Long> inUse() {
        return record.activeReturns().stream().map(StoredReturn::returnId).collect(java.util.stream.Collectors.toSet());
    }

    /** What the warehouse already holds for the return's figures, to start the browser form with. */
    public Map<String, String> knownValues(String programmeId, int year) {
        currentUser.requireReportFor(programmeId);
        Map<String, String> out = new LinkedHashMap<>();
        knownFigures(programmeId, year).forEach((id, k) -> out.put(id, format(k)));
        // the return in use gives every figure as reported, also the choices and lists the warehouse keeps no fact of
        out.putAll(inUse(programmeId, year));
        return out;
    }

    /** The figures of the return in use for a programme and year, as reported (numbers as digits, choices and lists as text). */
    private Map<String, String> inUse(String programmeId, int year) {
        Map<String, String> out = new LinkedHashMap<>();
        record.activeReturns().stream().filter(r -> r.programmeId().equals(programmeId) && r.year() == year)
                .flatMap(r -> r.values().stream())
                .forEach(v -> out.put(v.metricId(), v.number() != null ? Long.toString(v.number()) : v.text()));
        return out;
    }

    /**
     * One figure of one version of a return, where it was first given, changed or left out against the version before:
     * the history analysts see. {@code previous} is null for a figure first given; {@code value} null for one left out.
     */
    public record FigureChange(String programmeId, int year, int version, long returnId, String metricId,
                               @Nullable String value, @Nullable String previous, String by, java.time.Instant at,
                               boolean withdrawn, boolean inUse) {
    }

    /** Every change of every reported figure, newest first; for one programme or (null) all. */
    public List<FigureChange> history(@Nullable String programmeId) {
        if (!currentUser.maySeeHistory()) {
            if (programmeId == null) {
                throw new AccessDeniedException(currentUser.name() + " may not see every return");
            }
            currentUser.requireReportFor(programmeId);
        }
        java.util.Set<Long> active = record.activeReturns().stream().map(StoredReturn::returnId)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, List<StoredReturn>> byProgrammeYear = new java.util.TreeMap<>();
        record.returns().stream().filter(r -> programmeId == null || r.programmeId().equals(programmeId))
                .forEach(r -> byProgrammeYear.computeIfAbsent(r.programmeId() + "|" + r.year(), k -> new ArrayList<>()).add(r));
        List<FigureChange> out = new ArrayList<>();
        for (List<StoredReturn> versions : byProgrammeYear.values()) {
            versions.sort(java.util.Comparator.comparingInt(StoredReturn::version));
            Map<String, String> before = Map.of();
            for (StoredReturn r : versions) {
                Map<String, String> now = new LinkedHashMap<>();
                r.values().forEach(v -> now.put(v.metricId(), v.number() != null ? Long.toString(v.number()) : v.text()));
                for (ReturnMetric m : template()) {
                    String value = now.get(m.metricId());
                    String previous = before.get(m.metricId());
                    if (!Objects.equals(value, previous)) {
                        out.add(new FigureChange(r.programmeId(), r.year(), r.version(), r.returnId(), m.metricId(), value,
                                previous, r.by(), r.at(), r.withdrawn(), active.contains(r.returnId())));
                    }
                }
                if (!r.withdrawn()) { // a withdrawn version is not what the next one is compared with
                    before = now;
                }
            }
        }
        out.sort(java.util.Comparator.comparing(FigureChange::at).thenComparing(FigureChange::returnId).reversed());
        return out;
    }

    /** Every choice's label in bokmål and English → its code: the template's lists show labels, the record keeps codes. */
    private Map<String, String> choiceLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Locale locale : List.of(no.traineemonitor.base.ui.LanguageSwitch.BOKMAL, no.traineemonitor.base.ui.LanguageSwitch.ENGLISH)) {
            template().stream().flatMap(m -> m.choices().stream()).forEach(c ->
                    out.putIfAbsent(translations.getTranslation("reporting.choice." + c, locale), c));
        }
        return out;
    }

    /** A figure's label in the reader's language (its id when the template no longer has it). */
    public String label(String metricId, Locale locale) {
        return template().stream().filter(m -> m.metricId().equals(metricId)).findFirst()
                .map(m -> m.label(locale)).orElse(metricId);
    }

    /** A problem in the reader's language: "Årsrapport!E12: ...". */
    public String describe(ReturnProblem p, Locale locale) {
        Object[] args = p.args().toArray();
        String metric = p.metricId().isEmpty() ? "" : template().stream().filter(m -> m.metricId().equals(p.metricId()))
                .findFirst().map(m -> m.label(locale)).orElse(p.metricId());
        String text = translations.getTranslation("reporting." + p.key(), locale, args);
        String where = p.where();
        return (where.isEmpty() ? "" : where + ": ") + (metric.isEmpty() ? "" : metric + ": ") + text;
    }

    // --------------------------------------------------------------------------------------------------------------

    /** Per metric id, the figure the warehouse holds for the programme and the figure's year (a return's first). */
    private Map<String, ReturnRepository.KnownFigure> knownFigures(String programmeId, int year) {
        List<ReturnRepository.KnownFigure> facts = repository.known(programmeId, year);
        Map<String, ReturnRepository.KnownFigure> out = new LinkedHashMap<>();
        for (ReturnMetric m : template()) {
            int y = year + m.periodOffset();
            facts.stream()
                    .filter(f -> f.metric().equals(m.factMetric()) && Objects.equals(f.category(), m.factCategory())
                            && Objects.equals(f.horizon(), m.factHorizon()) && f.year() == y
                            && f.unit().equals(m.unit().equals("nok") ? "nok" : "count"))
                    // an exact figure (not a bound or an approximation), and one from an earlier return before a document's
                    .filter(f -> f.qualifier().equals("reported"))
                    .min(java.util.Comparator.comparing((ReturnRepository.KnownFigure f) -> f.factId().startsWith("r") ? 0 : 1)
                            .thenComparing(ReturnRepository.KnownFigure::factId, java.util.Comparator.reverseOrder()))
                    .ifPresent(f -> out.put(m.metricId(), f));
        }
        return out;
    }

    private static String format(ReturnRepository.KnownFigure k) {
        double v = k.value();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private Programme programme(String programmeId) {
        return programmes.programme(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown programme: '" + programmeId + "'"));
    }

    private String programmeName(String programmeId) {
        return programmes.programme(programmeId).map(Programme::name).orElse(programmeId);
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > latestYear()) {
            throw new IllegalArgumentException("A return is given for a year from " + FIRST_YEAR + " to " + latestYear()
                    + ", not " + year);
        }
    }
}
