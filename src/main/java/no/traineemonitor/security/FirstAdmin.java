package no.traineemonitor.security;

import java.util.Arrays;
import java.util.Set;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (the record has no users), creates the first administrator: {@code traineemonitor.admin.username}
 * (default admin) with {@code traineemonitor.admin.password}. Without a configured password a random one is made and
 * written once to the log; a well-known or short password is refused unless the profile {@code local} is active.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    FirstAdmin(RecordService record, Environment environment,
               @Value("${traineemonitor.admin.username:admin}") String username,
               @Value("${traineemonitor.admin.password:}") String password) {
        if (!record.users().isEmpty()) {
            return;
        }
        boolean local = Arrays.asList(environment.getActiveProfiles()).contains("local");
        String chosen = password;
        if (chosen.isBlank()) {
            chosen = Passwords.random();
            log.warn("""

                    ================================================================================================
                    First start: created the administrator '{}' with the password {}
                    Sign in at /logg-inn and keep the password safe: it is not shown again (set
                    --traineemonitor.admin.password=... before the first start to choose it instead).
                    ================================================================================================""",
                    username, chosen);
        } else if (Passwords.weakness(chosen).isPresent() && !local) {
            throw new IllegalStateException("traineemonitor.admin.password is " + (Passwords.weakness(chosen).get().equals("too-short")
                    ? "shorter than " + Passwords.MINIMUM_LENGTH + " characters" : "a well-known password")
                    + ": choose another (allowed only with the profile 'local', --spring.profiles.active=local)");
        }
        record.createUser("system", new AppUser(username, "Administrator", Set.of(Role.ADMIN), null, null,
                Passwords.hash(chosen), true));
    }
}
