package no.traineemonitor.security;

import java.util.Optional;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the request (none for the public), and the rules of what they may see and do. The services ask
 * here before they return data, so a hidden button is never the only check. The command line has its own user
 * ({@code --as=USER}), set with {@link #runAs} for the duration of a command.
 */
@Component
public class CurrentUser {

    private final RecordService record;
    private final boolean commandLine;

    CurrentUser(RecordService record, @org.springframework.beans.factory.annotation.Value("${traineemonitor.operator:false}") boolean commandLine) {
        this.record = record;
        this.commandLine = commandLine;
    }

    /** The user a command of the jar acts as unless it names one ({@code --as=USER}): the machine's operator. */
    public static final AppUser OPERATOR = new AppUser("operator", "The command line's operator",
            java.util.Set.of(Role.FUNDER), null, null, "", true);

    /**
     * The signed-in user, if any (the public is not signed in). A command of the jar runs as {@link #OPERATOR} (who holds
     * the files anyway: may write workbooks and extracts, sees small numbers withheld as the public does) or as the user
     * it names.
     */
    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
            return commandLine ? Optional.of(OPERATOR) : Optional.empty();
        }
        return record.user(auth.getName()).filter(AppUser::active);
    }

    /** True in a command of the jar that does not act for a user. */
    public boolean isOperator() {
        return get().filter(u -> u == OPERATOR).isPresent();
    }

    public String name() {
        return get().map(AppUser::username).orElse("public");
    }

    public boolean has(Role role) {
        return get().map(u -> u.has(role)).orElse(false);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /**
     * May the user see small numbers (shares with n below the minimum) of this programme: an administrator always, an
     * analyst for the programmes of their county, a leader for their own programme; the public never.
     */
    public boolean maySeeSmallNumbers(@Nullable String programmeId, @Nullable String countyNumber2024) {
        return smallNumberRights().cover(programmeId, countyNumber2024);
    }

    /**
     * Whose small numbers the user may see, as a value: answers that withhold small numbers and are kept for later
     * requests are kept per these rights, so that nobody is handed what another user may see.
     *
     * @param all              an administrator: every programme's
     * @param countyNumber2024 an analyst: the programmes of this county (2024); NULL = none
     * @param programmeId      a leader: this programme's; NULL = none
     */
    public record SmallNumberRights(boolean all, @Nullable String countyNumber2024, @Nullable String programmeId) {

        /** The public's (and the command line operator's): none. */
        public static final SmallNumberRights NONE = new SmallNumberRights(false, null, null);

        public boolean cover(@Nullable String programme, @Nullable String county2024) {
            return all || (countyNumber2024 != null && countyNumber2024.equals(county2024))
                    || (programmeId != null && programmeId.equals(programme));
        }
    }

    /** The rights {@link #maySeeSmallNumbers} checks, of the signed-in user. */
    public SmallNumberRights smallNumberRights() {
        return get().map(u -> u.has(Role.ADMIN) ? new SmallNumberRights(true, null, null)
                : new SmallNumberRights(false, u.has(Role.ANALYST) ? u.countyNumber() : null,
                        u.has(Role.LEADER) ? u.programmeId() : null))
                .orElse(SmallNumberRights.NONE);
    }

    /** May the user give or see the returns of this programme: its leader, or an administrator. */
    public boolean mayReportFor(String programmeId) {
        return get().map(u -> u.has(Role.ADMIN) || (u.has(Role.LEADER) && programmeId.equals(u.programmeId())))
                .orElse(false);
    }

    /** May the user download workbooks and extracts: funders, analysts, administrators; a leader their programme's. */
    public boolean mayDownload(@Nullable String programmeId) {
        return get().map(u -> u.has(Role.ADMIN) || u.has(Role.FUNDER) || u.has(Role.ANALYST)
                || (programmeId != null && u.has(Role.LEADER) && programmeId.equals(u.programmeId()))).orElse(false);
    }

    /** May the user see the history of every figure (all returns and their versions): analysts and administrators. */
    public boolean maySeeHistory() {
        return has(Role.ANALYST) || has(Role.ADMIN);
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("Only an administrator may do this (signed in: " + name() + ")");
        }
    }

    public void requireReportFor(String programmeId) {
        if (!mayReportFor(programmeId)) {
            throw new AccessDeniedException(name() + " may not report for " + programmeId);
        }
    }

    public void requireDownload(@Nullable String programmeId) {
        if (!mayDownload(programmeId)) {
            throw new AccessDeniedException(name() + " may not download this");
        }
    }

    /** Runs a command's work as the user it names ({@code --as=USER}); throws if there is no such active user. */
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        AppUser user = record.user(username).filter(AppUser::active)
                .orElseThrow(() -> new AccessDeniedException("No active user '" + username + "' (see the users on /admin)"));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user.username(), null, user.roles().stream()
                        .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r.name()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
