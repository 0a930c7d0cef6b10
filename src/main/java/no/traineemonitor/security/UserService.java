package no.traineemonitor.security;

import java.util.List;
import java.util.Set;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Users and roles, for administrators: every change is an event in the record, with who made it. */
@Service
public class UserService {

    private final RecordService record;
    private final CurrentUser currentUser;
    private final ProgrammeService programmes;
    private final ReferenceService reference;

    UserService(RecordService record, CurrentUser currentUser, ProgrammeService programmes, ReferenceService reference) {
        this.record = record;
        this.currentUser = currentUser;
        this.programmes = programmes;
        this.reference = reference;
    }

    public List<AppUser> users() {
        currentUser.requireAdmin();
        return record.users();
    }

    /** The audit log (sign-ins, users changed, returns submitted and withdrawn, downloads), newest first; no secrets. */
    public List<no.traineemonitor.record.RecordEvent> auditLog() {
        currentUser.requireAdmin();
        return record.events();
    }

    /** A problem with a new or changed user, as a message key of the admin bundle; empty when it can be saved. */
    public java.util.Optional<String> problem(String username, Set<Role> roles, @Nullable String programmeId,
                                              @Nullable String county, @Nullable String password, boolean isNew) {
        if (!username.matches("[a-z0-9._-]{2,40}")) {
            return java.util.Optional.of("admin.problem.username");
        }
        if (isNew && record.user(username).isPresent()) {
            return java.util.Optional.of("admin.problem.exists");
        }
        if (roles.isEmpty()) {
            return java.util.Optional.of("admin.problem.no-role");
        }
        if (roles.contains(Role.LEADER) && (programmeId == null || programmes.programme(programmeId).isEmpty())) {
            return java.util.Optional.of("admin.problem.programme");
        }
        if (roles.contains(Role.ANALYST) && (county == null || reference.county(county, CountyDivision.D2024).isEmpty())) {
            return java.util.Optional.of("admin.problem.county");
        }
        if ((isNew || (password != null && !password.isEmpty())) && (password == null || Passwords.weakness(password).isPresent())) {
            return java.util.Optional.of("admin.problem.password");
        }
        return java.util.Optional.empty();
    }

    public AppUser save(String username, String displayName, Set<Role> roles, @Nullable String programmeId,
                        @Nullable String county, @Nullable String password, boolean active) {
        currentUser.requireAdmin();
        boolean isNew = record.user(username).isEmpty();
        problem(username, roles, programmeId, county, password, isNew).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String hash = password == null || password.isEmpty() ? "" : Passwords.hash(password);
        AppUser user = new AppUser(username, displayName, Set.copyOf(roles), roles.contains(Role.LEADER) ? programmeId : null,
                roles.contains(Role.ANALYST) ? county : null, hash, active);
        return isNew ? record.createUser(currentUser.name(), user) : record.changeUser(currentUser.name(), user);
    }
}
