package no.traineemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.reporting.ReturnService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Who may do what, asked of the services themselves (a hidden button or a guarded route is never the only check): every
 * role against every operation on returns, users, the audit log and the downloads, with the leader's own programme and
 * another programme's id. A denied call throws and changes nothing. The page-level side (public sent to sign in, a
 * signed-in user without the role told so) is in ReturnsJourneyIT.
 */
@SpringBootTest
class RoleMatrixTest {

    static final Path ROOT = Path.of("target/role-matrix");
    static final String OWN = "trainee_salten";
    static final String OTHER = "trainee_innlandet";

    @DynamicPropertySource
    static void ownFiles(DynamicPropertyRegistry registry) {
        FileSystemUtils.deleteRecursively(ROOT.toFile());
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
        registry.add("traineemonitor.record", () -> ROOT.resolve("record").toString());
    }

    @Autowired
    RecordService record;
    @Autowired
    ReturnService returns;
    @Autowired
    UserService users;
    @Autowired
    ReportService reports;

    /** The users of the matrix; "public" is nobody signed in. */
    enum Who { PUBLIC, LEADER, ANALYST, FUNDER, ADMIN }

    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void as(Who who) {
        switch (who) {
            case PUBLIC -> TestUsers.signOut();
            case LEADER -> TestUsers.leader(record, OWN);
            case ANALYST -> TestUsers.analyst(record, "18");
            case FUNDER -> TestUsers.funder(record);
            case ADMIN -> TestUsers.admin(record);
        }
    }

    /** A valid 2025 return of the programme, checked as an administrator (the check itself is open to every reporter). */
    private ReturnService.Checked valid(String programme) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("positions_advertised", "8");
        values.put("applicants", "120");
        values.put("hires", "7");
        return returns.checkForm(programme, 2025, values, Map.of());
    }

    private long storedReturnOf(String programme) {
        return record.returns().stream().filter(r -> r.programmeId().equals(programme)).findFirst()
                .map(StoredReturn::returnId).orElseGet(() -> {
                    as(Who.ADMIN);
                    ReturnService.Checked c = valid(programme);
                    return returns.store(c, "form", new byte[] {1, 2, 3}, "test.xlsx").returnId();
                });
    }

    private interface Operation {
        void run() throws IOException;
    }

    private record Row(String what, Operation operation, EnumSet<Who> allowed) {
    }

    private List<Row> matrix() {
        long otherReturn = storedReturnOf(OTHER);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("template of own programme", () -> returns.templateWorkbook(OWN, 2025, LanguageSwitch.BOKMAL),
                EnumSet.of(Who.LEADER, Who.ADMIN)));
        rows.add(new Row("template of another programme", () -> returns.templateWorkbook(OTHER, 2025, LanguageSwitch.BOKMAL),
                EnumSet.of(Who.ADMIN)));
        rows.add(new Row("known values of own programme", () -> returns.knownValues(OWN, 2025),
                EnumSet.of(Who.LEADER, Who.ADMIN)));
        rows.add(new Row("preview for another programme", () -> returns.preview(valid(OTHER)), EnumSet.of(Who.ADMIN)));
        rows.add(new Row("store for another programme",
                () -> returns.store(valid(OTHER), "form", new byte[] {4}, "x.xlsx"), EnumSet.of(Who.ADMIN)));
        rows.add(new Row("returns of own programme", () -> returns.returnsOf(OWN),
                EnumSet.of(Who.LEADER, Who.ANALYST, Who.ADMIN)));
        rows.add(new Row("returns of another programme", () -> returns.returnsOf(OTHER), EnumSet.of(Who.ANALYST, Who.ADMIN)));
        rows.add(new Row("every return", returns::returns, EnumSet.of(Who.ANALYST, Who.ADMIN)));
        rows.add(new Row("history of every figure", () -> returns.history(null), EnumSet.of(Who.ANALYST, Who.ADMIN)));
        rows.add(new Row("file of another programme's return", () -> returns.returnFile(otherReturn),
                EnumSet.of(Who.ANALYST, Who.ADMIN)));
        rows.add(new Row("users", users::users, EnumSet.of(Who.ADMIN)));
        rows.add(new Row("audit log", users::auditLog, EnumSet.of(Who.ADMIN)));
        rows.add(new Row("create a user", () -> users.save("ny-" + System.nanoTime(), "Ny", EnumSet.of(Role.FUNDER), null,
                null, "Langt-og-godt-passord-1", true), EnumSet.of(Who.ADMIN)));
        rows.add(new Row("programme workbook of own programme",
                () -> reports.writeProgrammeReport(OWN, PeerGroup.ALL, LanguageSwitch.BOKMAL, NOWHERE),
                EnumSet.of(Who.LEADER, Who.ANALYST, Who.FUNDER, Who.ADMIN)));
        rows.add(new Row("programme workbook of another programme",
                () -> reports.writeProgrammeReport(OTHER, PeerGroup.ALL, LanguageSwitch.BOKMAL, NOWHERE),
                EnumSet.of(Who.ANALYST, Who.FUNDER, Who.ADMIN)));
        rows.add(new Row("county workbook",
                () -> reports.writeCountyReport("18", CountyDivision.D2024, LanguageSwitch.BOKMAL, NOWHERE),
                EnumSet.of(Who.ANALYST, Who.FUNDER, Who.ADMIN)));
        rows.add(new Row("extract", () -> reports.writeExtract(ReportService.ExtractFormat.CSV, LanguageSwitch.BOKMAL,
                new ByteArrayOutputStream()), EnumSet.of(Who.ANALYST, Who.FUNDER, Who.ADMIN)));
        return rows;
    }

    @Test
    void every_role_may_do_exactly_what_its_row_says_and_a_refusal_changes_nothing() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (Who who : Who.values()) {
                as(who);
                int events = record.events().size();
                try {
                    row.operation().run();
                    if (!row.allowed().contains(who)) {
                        wrong.add(who + " could: " + row.what());
                    }
                } catch (AccessDeniedException e) {
                    if (row.allowed().contains(who)) {
                        wrong.add(who + " could not: " + row.what() + " (" + e.getMessage() + ")");
                    }
                    if (record.events().size() != events) {
                        wrong.add(who + " refused " + row.what() + " but the record changed");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void only_an_administrator_withdraws_a_return_and_only_with_a_reason() {
        long id = storedReturnOf(OWN);
        for (Who who : List.of(Who.PUBLIC, Who.LEADER, Who.ANALYST, Who.FUNDER)) {
            as(who);
            assertThatThrownBy(() -> returns.withdraw(id, "feil")).as(who.name()).isInstanceOf(AccessDeniedException.class);
        }
        as(Who.ADMIN);
        assertThatThrownBy(() -> returns.withdraw(id, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(record.returnById(id).orElseThrow().withdrawn()).isFalse();
        returns.withdraw(id, "Testrapportering");
        assertThat(record.returnById(id).orElseThrow().withdrawReason()).isEqualTo("Testrapportering");
    }
}
