package no.traineemonitor.security;

import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users for sign-in, from the record: password hash, roles as ROLE_ authorities, disabled when not active. */
@Component
class RecordUserDetailsService implements UserDetailsService {

    private final RecordService record;

    RecordUserDetailsService(RecordService record) {
        this.record = record;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser u = record.user(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.username()).password(u.passwordHash()).disabled(!u.active())
                .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
