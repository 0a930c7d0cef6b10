package no.traineemonitor.record;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the record knows them. {@code programmeId} is the programme a leader reports for; {@code countyNumber} the
 * 2024 county an analyst works for. The password is kept only as a hash (Spring Security's delegating encoder, bcrypt).
 */
public record AppUser(String username, String displayName, Set<Role> roles, @Nullable String programmeId,
                      @Nullable String countyNumber, String passwordHash, boolean active) {

    public boolean has(Role role) {
        return active && roles.contains(role);
    }
}
