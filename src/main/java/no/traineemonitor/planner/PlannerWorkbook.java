package no.traineemonitor.planner;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.traineemonitor.report.workbook.CellStyles;
import no.traineemonitor.report.workbook.SheetWriter;
import no.traineemonitor.report.workbook.Texts;
import no.traineemonitor.source.Fact;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scenario as a workbook to take to a meeting: its assumptions (what the user chose, and each preset figure with its
 * source), its results (coverage gained, expected people as ranges with the rates they rest on, costs, split and
 * funding) and its sources (the preset figures' and the rates' facts, verbatim). Texts come from the planner's bundle;
 * every value is a value, never a formula.
 */
final class PlannerWorkbook {

    private final Plan plan;
    private final Texts t;
    private final PlanWords words;
    private final List<String> municipalityNames;
    private final Function<String, String> programmeName;
    private final List<Fact> rateFacts;
    private final LocalDateTime made;
    private final String link;

    PlannerWorkbook(Plan plan, Texts t, List<String> municipalityNames, Function<String, String> programmeName,
                    List<Fact> rateFacts, LocalDateTime made, String link) {
        this.plan = plan;
        this.t = t;
        this.words = new PlanWords(t::shared);
        this.municipalityNames = municipalityNames;
        this.programmeName = programmeName;
        this.rateFacts = rateFacts;
        this.made = made;
        this.link = link;
    }

    void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles s = new CellStyles(wb);
            assumptions(wb, s);
            results(wb, s);
            sources(wb, s);
            wb.write(out);
        }
    }

    private String title() {
        Scenario sc = plan.scenario();
        return sc.name() == null ? t.get("xlsx.title") : t.get("xlsx.title") + ": " + sc.name();
    }

    private void assumptions(XSSFWorkbook wb, CellStyles s) {
        Scenario sc = plan.scenario();
        SheetWriter w = new SheetWriter(wb, t.get("xlsx.sheet.assumptions"), s);
        w.widths(34, 16, 14, 14, 30, 18, 48);
        w.title(title()).subtitle(t.get("xlsx.made", made.toLocalDate().toString()));
        w.pair(t.get("field.kommuner"), String.join(", ", municipalityNames));
        w.pair(t.get("field.lengde"), sc.lengthMonths());
        w.pair(t.get("field.kull"), sc.cohort());
        w.pair(t.get("field.gebyr"), t.get("fee-model." + sc.feeModel().code()));
        if (sc.feeModel() == FeeModel.PER_TRAINEE || sc.feeModel() == FeeModel.CUSTOM) {
            w.pair(t.get("field.pris"), sc.traineeFeeNok());
        }
        w.pair(t.get("field.medlemmer"), sc.members());
        if (sc.feeModel() == FeeModel.CUSTOM) {
            w.pair(t.get("field.kontingent"), sc.membershipFeeNok());
        }
        w.pair(t.get("costs"), t.get(sc.tableCosts() ? "costs.table" : "costs.own"));
        if (!sc.tableCosts()) {
            w.pair(t.get("field.fast-kostnad"), sc.costFixedNok());
            w.pair(t.get("field.kostnad-per-trainee"), sc.costPerTraineeNok());
        }
        w.note(t.get("xlsx.link") + ": " + link);
        w.blank().heading(t.get("xlsx.preset-figures"));
        w.header(List.of(t.get("xlsx.col.figure"), t.get("xlsx.col.value"), t.get("xlsx.col.unit"),
                t.get("xlsx.col.qualifier"), t.get("xlsx.col.document"), t.get("xlsx.col.section"), t.get("xlsx.col.quote")));
        for (PresetFigure f : plan.sources()) {
            w.row().wrap(words.what(f)).number(f.value(), f.unit().startsWith("nok") ? s.nok
                            : f.value() == Math.rint(f.value()) ? s.integer : s.flexible)
                    .wrap(f.unit().equals("percent") ? "%" : words.unit(f)).wrap(words.qualifier(f))
                    .wrap(f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle()).wrap(f.sourceSection())
                    .wrap("«" + f.sourceQuote() + "»");
        }
        w.endTable();
        w.note(t.get(sc.tableCosts() ? "costs.table-note" : "costs.own-note"));
        w.note(t.get("funding.note." + sc.feeModel().code()));
        w.print(true, title(), t);
    }

    private void results(XSSFWorkbook wb, CellStyles s) {
        Plan.Costs c = plan.costs();
        SheetWriter w = new SheetWriter(wb, t.get("xlsx.sheet.results"), s);
        w.widths(34, 20, 14, 14, 14, 14, 14, 12, 12, 40);
        w.title(title());
        w.heading(t.get("section.coverage"));
        w.header(List.of(t.get("col.class"), t.get("col.municipalities"), t.get("col.new-municipalities"),
                t.get("col.population"), t.get("col.new-population"), t.get("xlsx.col.population-unknown")));
        for (Plan.ClassGain g : plan.coverage()) {
            w.row().text(g.centralityClass() == null ? t.get("total") : t.get("class", g.centralityClass()))
                    .integer(g.municipalities()).integer(g.newMunicipalities()).integer(g.population())
                    .integer(g.newPopulation()).integer(g.populationUnknown());
        }
        w.endTable();
        w.note(plan.alreadyCovered().isEmpty() ? t.get("coverage.none-covered")
                : t.get("coverage.already", String.join(", ", plan.alreadyCovered())));

        w.blank().heading(t.get("section.expected"));
        w.header(List.of(t.get("col.step"), t.get("xlsx.col.low"), t.get("xlsx.col.high"), t.get("xlsx.col.rate"),
                t.get("xlsx.col.ci-low"), t.get("xlsx.col.ci-high"), t.get("xlsx.col.numerator"),
                t.get("xlsx.col.denominator"), t.get("xlsx.col.period"), t.get("col.rests-on")));
        for (Plan.Expected e : plan.expected()) {
            Plan.Rate r = e.rate();
            SheetWriter.RowWriter row = w.row().text(t.get("step." + e.what())).number(e.low(), s.decimal)
                    .number(e.high(), s.decimal);
            if (r == null) {
                row.text(t.get("rate.none")).blank().blank().blank().blank().blank().blank();
            } else {
                row.percent(r.value()).percent(r.ciLow()).percent(r.ciHigh()).integer(r.numerator())
                        .integer(r.denominator()).year(r.periodStart())
                        .wrap(t.get("indicator." + r.indicatorId()) + ": " + String.join(", ",
                                r.programmes().stream().map(programmeName).toList()));
            }
        }
        w.endTable();
        w.note(t.get("expected.method"));

        w.blank().heading(t.get("section.costs"));
        w.header(List.of(t.get("col.cost-line"), t.get("col.group"), t.get("col.amount"), t.get("col.split-table"),
                t.get("col.split-stated")));
        for (Plan.CostLine l : c.lines()) {
            w.row().wrap(c.fromTable() ? words.line(l.label()) : t.get("cost-line." + l.group()))
                    .wrap(t.get("group." + l.group())).number(l.amountNok(), s.nok).blank().blank();
        }
        for (Map.Entry<String, Double> e : c.split().entrySet()) {
            Double stated = c.statedSplit().get(e.getKey());
            w.row().wrap(t.get("total") + " " + t.get("group." + e.getKey())).wrap(t.get("group." + e.getKey()))
                    .number(e.getValue() * c.totalNok(), s.nok).percent(e.getValue())
                    .percent(stated == null ? null : stated / 100);
        }
        w.row().text(t.get("total")).blank().number(c.totalNok(), s.nok).percent(1.0).blank();
        w.endTable();
        if (!c.statedSplit().isEmpty()) {
            w.note(t.get("split.note"));
        }

        w.blank().heading(t.get("section.funding"));
        w.header(List.of(t.get("col.item"), t.get("col.per-year")));
        w.row().wrap(t.get("funding.enrolled")).number(c.traineesEnrolled(), s.flexible);
        for (String key : List.of("price", "membership", "hiring", "trainee", "income", "cost", "public", "surplus")) {
            double nok = switch (key) {
                case "price" -> c.pricePerTraineeNok();
                case "membership" -> c.membershipIncomeNok();
                case "hiring" -> c.hiringIncomeNok();
                case "trainee" -> c.traineeIncomeNok();
                case "income" -> c.incomeNok();
                case "cost" -> c.totalNok();
                case "public" -> c.publicFundingNok();
                default -> c.surplusNok();
            };
            w.row().wrap(t.get("funding." + key)).number(Math.round(nok), s.nok);
        }
        SheetWriter.RowWriter needed = w.row().wrap(t.get("card.needed." + c.neededKind()));
        if (c.needed() == null) {
            needed.text(t.get("never"));
        } else {
            needed.integer(c.needed());
        }
        w.endTable();
        w.note(t.get("xlsx.nok-note"));
        w.print(true, title(), t);
    }

    private void sources(XSSFWorkbook wb, CellStyles s) {
        SheetWriter w = new SheetWriter(wb, t.get("xlsx.sheet.sources"), s);
        w.widths(14, 26, 12, 12, 30, 22, 56);
        w.title(t.get("section.sources"));
        w.header(List.of(t.get("xlsx.col.fact"), t.get("xlsx.col.subject"), t.get("xlsx.col.period"),
                t.get("xlsx.col.value"), t.get("xlsx.col.document"), t.get("xlsx.col.section"), t.get("xlsx.col.quote")));
        for (PresetFigure f : plan.sources()) {
            w.row().text(t.get("xlsx.preset")).wrap(words.what(f)).blank().flexible(f.value())
                    .wrap(f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle()).wrap(f.sourceSection())
                    .wrap("«" + f.sourceQuote() + "»");
        }
        for (Fact f : rateFacts) {
            w.row().text(f.factId()).wrap(f.programmeName() == null ? "" : f.programmeName() + ": " + f.metric())
                    .text(f.period()).flexible(f.value())
                    .wrap(f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle()).wrap(f.sourceSection())
                    .wrap("«" + f.sourceQuote() + "»");
        }
        w.endTable();
        w.print(true, t.get("section.sources"), t);
    }
}
