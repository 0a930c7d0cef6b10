package no.traineemonitor.base.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A query run side by side acts for the user who asked, also when the holder's strategy is installed after the
 * query threads were made (as Vaadin installs its own): before, such a query saw nobody signed in, so a leader or an
 * administrator had their small numbers withheld on the explorer.
 */
class ParallelQueriesTest {

    /** A strategy of its own, like Vaadin's: a thread-local that the default strategy does not see. */
    static final class OwnStrategy implements SecurityContextHolderStrategy {
        private final ThreadLocal<SecurityContext> held = new ThreadLocal<>();

        @Override
        public void clearContext() {
            held.remove();
        }

        @Override
        public SecurityContext getContext() {
            if (held.get() == null) {
                held.set(createEmptyContext());
            }
            return held.get();
        }

        @Override
        public void setContext(SecurityContext context) {
            held.set(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }

    /** The strategy the other tests run with (a cached Spring context may have installed Vaadin's): put back after. */
    private final SecurityContextHolderStrategy original = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void originalStrategy() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(original);
    }

    @Test
    void a_query_run_side_by_side_sees_the_user_who_asked_and_leaves_nobody_behind_on_its_thread() {
        ParallelQueries queries = new ParallelQueries();
        try {
            SecurityContextHolder.setContextHolderStrategy(new OwnStrategy()); // after the threads were made
            Authentication leader = new TestingAuthenticationToken("leder-salten", "x", "ROLE_LEADER");
            SecurityContextHolder.getContext().setAuthentication(leader);
            assertThat(queries.start(() -> SecurityContextHolder.getContext().getAuthentication()).get()).isSameAs(leader);

            SecurityContextHolder.clearContext(); // the public next, on the same (pooled) threads
            for (int i = 0; i < 8; i++) {
                assertThat(queries.start(() -> SecurityContextHolder.getContext().getAuthentication()).get()).isNull();
            }
        } finally {
            queries.shutdown();
        }
    }
}
