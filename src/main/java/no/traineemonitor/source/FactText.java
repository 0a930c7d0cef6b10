package no.traineemonitor.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.traineemonitor.indicator.PeriodText;
import no.traineemonitor.vocabulary.VocabularyService;
import org.jspecify.annotations.Nullable;

/**
 * A fact in the reader's words, the same on every page and in every workbook: the metric, category and unit by their
 * labels (never {@code funding_nok}), the value with its unit ("12 måneder", a year as 2006), the document by title,
 * publisher and year (never its file name), and a conflict as the other values the sources give, in the reader's
 * language (the curators' English {@code conflict_note} and {@code note} stay on the sources page).
 */
public final class FactText {

    private static final Pattern FACT_ID = Pattern.compile("\\b[fs]\\d{3}[a-z]?-\\d{4}\\b");

    private final VocabularyService vocabulary;
    private final SourceService sources;
    private final Locale locale;
    private final PeriodText.Words words;

    public FactText(VocabularyService vocabulary, SourceService sources, Locale locale, PeriodText.Words words) {
        this.vocabulary = vocabulary;
        this.sources = sources;
        this.locale = locale;
        this.words = words;
    }

    public Locale locale() {
        return locale;
    }

    public String metric(Fact f) {
        return vocabulary.metric(f.metric(), locale);
    }

    public String metric(String metric) {
        return vocabulary.metric(metric, locale);
    }

    public String category(Fact f) {
        return vocabulary.category(f.category(), locale);
    }

    public String category(@Nullable String category) {
        return vocabulary.category(category, locale);
    }

    /** "Medlemsbedrifter (aktive)". */
    public String metricAndCategory(Fact f) {
        return vocabulary.metricAndCategory(f.metric(), f.category(), locale);
    }

    /** The value with its unit, as a reader writes it ("12 måneder", "75 %", "2006"). */
    public String value(Fact f) {
        return vocabulary.value(f.value(), f.unit(), f.metric(), locale);
    }

    /** The value with its qualifier where it is not simply reported: "ca. 40 %", "minst 180". */
    public String qualifiedValue(Fact f) {
        String v = value(f);
        return f.qualifier().equals("reported") ? v : words.get("profile.mark." + f.qualifier(), v);
    }

    /** The unit for a unit column: empty for counts and years. */
    public String unit(Fact f) {
        return vocabulary.unitColumn(f.unit(), f.metric(), locale);
    }

    public String qualifier(String qualifier) {
        return words.get("profile.qualifier." + qualifier);
    }

    /** "programmets traineer, 1 år etter"; empty when neither is stated. */
    public String scopeAndHorizon(Fact f) {
        List<String> parts = new ArrayList<>();
        if (f.scope() != null) {
            parts.add(words.get("profile.scope." + f.scope()));
        }
        if (f.horizon() != null) {
            parts.add(words.get("profile.horizon." + f.horizon()));
        }
        return String.join(", ", parts);
    }

    /** The period in words by its kind: "2020", "2006–2020 (flere år)", "per år (året er ikke oppgitt)". */
    public String period(Fact f) {
        return PeriodText.of(f.periodKind(), f.periodStart(), f.periodEnd(), words);
    }

    /** The document by title, publisher and year. */
    public String document(Fact f) {
        return sources.documentLabel(f.sourceFile());
    }

    /** A document by its file name, as readers know it (title, publisher, year). */
    public String documentLabel(String sourceFile) {
        return sources.documentLabel(sourceFile);
    }

    /** Document and section: "Kartlegging av regionale traineeordninger (Nordlandsforskning …, 2021), 3.2". */
    public String citation(Fact f) {
        return document(f) + ", " + f.sourceSection();
    }

    /** Who the fact is about: the programme (or the programmes of a joint statement), else the region in words. */
    public String subject(Fact f) {
        if (f.programmeName() != null) {
            return f.programmeName();
        }
        if (f.regionType() == null) {
            return "";
        }
        String region = words.get("sources.region." + f.regionType());
        return "national".equals(f.regionType()) || f.regionCode() == null ? region : region + " " + f.regionCode();
    }

    /**
     * A conflict mark in the reader's language: the other values the sources give for the same metric ("Kildene er
     * uenige – også oppgitt: 1999 (f001-0005)"), or that the source's figures do not add up; empty without a conflict.
     * The facts a note names are looked up with {@code lookup} (all at once for a grid: see {@link #conflicts}).
     */
    public String conflict(Fact f, Function<String, @Nullable Fact> lookup) {
        if (f.conflictNote() == null) {
            return "";
        }
        List<String> others = new ArrayList<>();
        for (String id : referencedIds(f)) {
            Fact other = lookup.apply(id);
            if (other != null && other.metric().equals(f.metric()) && !other.factId().equals(f.factId())) {
                others.add(qualifiedValue(other) + " (" + other.factId() + ")");
            }
        }
        return others.isEmpty() ? words.get("fact.conflict")
                : words.get("fact.conflict-with", String.join("; ", others.stream().distinct().toList()));
    }

    /** Conflict marks for many facts with one lookup of every fact their notes name. */
    public Map<String, String> conflicts(List<Fact> facts) {
        Set<String> ids = new LinkedHashSet<>();
        facts.stream().filter(f -> f.conflictNote() != null).forEach(f -> ids.addAll(referencedIds(f)));
        Map<String, Fact> known = sources.facts(ids).stream().collect(Collectors.toMap(Fact::factId, x -> x, (a, b) -> a));
        facts.forEach(f -> known.putIfAbsent(f.factId(), f));
        return facts.stream().filter(f -> f.conflictNote() != null)
                .collect(Collectors.toMap(Fact::factId, f -> conflict(f, known::get), (a, b) -> a));
    }

    private static List<String> referencedIds(Fact f) {
        List<String> ids = new ArrayList<>();
        Matcher m = FACT_ID.matcher(Objects.requireNonNull(f.conflictNote()));
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }
}
