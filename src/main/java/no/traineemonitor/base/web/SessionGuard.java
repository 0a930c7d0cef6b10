package no.traineemonitor.base.web;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions hold memory only for a UI that really started. Vaadin creates an HTTP session for every request it
 * handles, also for the bootstrap page a cookie-less client (a crawler, a health probe, a script) fetches and never
 * follows up (vaadin/flow#8600); such a session would then wait 30 minutes. Here a session created by a request that
 * ends without a UI in it is dropped at once: the UI is created by the page's next request ({@code v-r=init}), which
 * gets a session of its own. Sessions that keep a UI get a short idle timeout
 * ({@code traineemonitor.sessions.anonymous-timeout}, every session is anonymous until sign-in exists; the open page's
 * heartbeat keeps them alive), and no more than {@code traineemonitor.sessions.max} exist at once: beyond that a new
 * visitor gets a "busy, try again in a minute" page with status 503, and nobody's open page is affected.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SessionGuard extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    /** Marks the server's own warm-up requests ({@link LoopbackVisitor}), whose session ends soon after its last page. */
    public static final String WARMUP_HEADER = "X-Traineemonitor-Warmup";
    private static final int WARMUP_TIMEOUT_SECONDS = 30;

    private final AtomicInteger active = new AtomicInteger();
    /** Known only inside this process, so no visitor can make their own session short-lived or exempt. */
    private final String warmupToken = java.util.UUID.randomUUID().toString();
    private final int max;
    private final int anonymousTimeoutSeconds;

    SessionGuard(@Value("${traineemonitor.sessions.max:500}") int max,
                 @Value("${traineemonitor.sessions.anonymous-timeout:10m}") Duration anonymousTimeout) {
        this.max = max;
        this.anonymousTimeoutSeconds = (int) anonymousTimeout.toSeconds();
    }

    /** What the server's own warm-up requests carry in {@link #WARMUP_HEADER}. */
    public String warmupToken() {
        return warmupToken;
    }

    /** Sessions that exist now. */
    public int active() {
        return active.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.decrementAndGet();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response); // a visitor with a session: nothing to decide
            return;
        }
        if (active.get() >= max && startsVaadin(request)) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession created = request.getSession(false);
            if (created != null) {
                release(created, warmupToken.equals(request.getHeader(WARMUP_HEADER)));
            }
        }
    }

    /**
     * A session made by this request: dropped if no UI lives in it, else given the anonymous idle timeout (the warm-up's
     * a short one: it sends its pages one after the other, then nothing).
     */
    private void release(HttpSession session, boolean warmup) {
        try {
            if (holdsNoUi(session)) {
                session.invalidate();
            } else {
                session.setMaxInactiveInterval(warmup ? WARMUP_TIMEOUT_SECONDS : anonymousTimeoutSeconds);
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // the request itself ended the session
        }
    }

    private static boolean holdsNoUi(HttpSession session) {
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                if (vaadin.getLockInstance() == null) {
                    return true;
                }
                vaadin.lock();
                try {
                    return vaadin.getUIs().isEmpty();
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return !session.getAttributeNames().hasMoreElements();
    }

    /** A request that makes Vaadin create a session: the bootstrap page or a UI request, not a static file. */
    private static boolean startsVaadin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/VAADIN/") || path.startsWith("/actuator") || path.startsWith("/lumo/")
                || path.startsWith("/styles/") || path.equals("/sw.js"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("{} sessions are open (traineemonitor.sessions.max): refused a new visitor with 503", active.get());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        boolean page = request.getParameter("v-r") == null && "GET".equals(request.getMethod());
        response.setContentType((page ? "text/html" : "text/plain") + ";charset=UTF-8");
        response.getOutputStream().write((page ? FriendlyPages.busy()
                : "Traineemonitor is busy: too many sessions are open. Try again in a minute.")
                .getBytes(StandardCharsets.UTF_8));
    }
}
