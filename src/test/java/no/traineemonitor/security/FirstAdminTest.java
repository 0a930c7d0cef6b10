package no.traineemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The first start makes one administrator, with a chosen strong password or a random one; never a weak one in use. */
class FirstAdminTest {

    @TempDir
    Path dir;

    @Test
    void without_a_password_the_first_administrator_gets_a_random_one_of_16_characters() {
        RecordService record = RecordService.at(dir);
        new FirstAdmin(record, new MockEnvironment(), "admin", "");
        AppUser admin = record.user("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(Passwords.encoder().matches("", admin.passwordHash())).isFalse();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void a_chosen_password_is_the_one_that_signs_in() {
        RecordService record = RecordService.at(dir);
        new FirstAdmin(record, new MockEnvironment(), "sjef", "Fjordlys-2026-admin");
        assertThat(Passwords.encoder().matches("Fjordlys-2026-admin", record.user("sjef").orElseThrow().passwordHash())).isTrue();
        assertThat(record.user("admin")).isEmpty();
    }

    @Test
    void a_short_or_well_known_password_stops_the_start_and_creates_nobody() {
        RecordService record = RecordService.at(dir);
        assertThatThrownBy(() -> new FirstAdmin(record, new MockEnvironment(), "admin", "admin"))
                .hasMessageContaining("shorter than 10 characters").hasMessageContaining("--spring.profiles.active=local");
        assertThatThrownBy(() -> new FirstAdmin(record, new MockEnvironment(), "admin", "traineemonitor"))
                .hasMessageContaining("a well-known password");
        assertThat(record.users()).isEmpty();
    }

    @Test
    void the_local_profile_allows_a_weak_password_on_a_developer_machine() {
        RecordService record = RecordService.at(dir);
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        new FirstAdmin(record, local, "admin", "admin");
        assertThat(Passwords.encoder().matches("admin", record.user("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void once_there_are_users_a_later_start_changes_nothing() {
        RecordService record = RecordService.at(dir);
        new FirstAdmin(record, new MockEnvironment(), "admin", "Fjordlys-2026-admin");
        String hash = record.user("admin").orElseThrow().passwordHash();
        RecordService again = RecordService.at(dir);
        new FirstAdmin(again, new MockEnvironment(), "admin", "Et-annet-passord-2027");
        assertThat(again.user("admin").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(again.users()).extracting(AppUser::username).isEqualTo(java.util.List.of("admin"));
        assertThat(again.events()).as("one event: the first administrator created").hasSize(1);
    }
}
