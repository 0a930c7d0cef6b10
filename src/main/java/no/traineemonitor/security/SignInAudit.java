package no.traineemonitor.security;

import java.util.Map;
import no.traineemonitor.record.RecordService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-in and failed sign-in goes to the audit log of the record. */
@Component
@ConditionalOnWebApplication
class SignInAudit {

    private final RecordService record;

    SignInAudit(RecordService record) {
        this.record = record;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record.audit(event.getAuthentication().getName(), "sign_in", Map.of());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        record.audit("public", "sign_in_failed", Map.of("username", name.length() > 100 ? name.substring(0, 100) : name,
                "reason", event.getException().getClass().getSimpleName()));
    }
}
