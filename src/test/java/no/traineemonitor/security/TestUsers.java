package no.traineemonitor.security;

import java.util.Arrays;
import java.util.EnumSet;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Users for tests, kept in the test's record, and signing them in on the test's thread as the sign-in form would. The
 * services look the user up in the record, so a user signed in here has exactly the roles the record gives them.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** Makes the user (or changes them to these roles) and signs them in on this thread. */
    public static AppUser signIn(RecordService record, String username, @Nullable String programmeId,
                                 @Nullable String countyNumber, Role... roles) {
        AppUser user = new AppUser(username, username, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)),
                programmeId, countyNumber, "{noop}not-for-signing-in", true);
        if (record.user(username).isEmpty()) {
            record.createUser("test", user);
        } else if (!record.user(username).get().equals(user)) {
            record.changeUser("test", user);
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static AppUser funder(RecordService record) {
        return signIn(record, "test-funder", null, null, Role.FUNDER);
    }

    public static AppUser leader(RecordService record, String programmeId) {
        return signIn(record, "leader-" + programmeId, programmeId, null, Role.LEADER);
    }

    public static AppUser admin(RecordService record) {
        return signIn(record, "test-admin", null, null, Role.ADMIN);
    }

    public static AppUser analyst(RecordService record, String countyNumber) {
        return signIn(record, "analyst-" + countyNumber, null, countyNumber, Role.ANALYST);
    }

    /** Back to the public. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
