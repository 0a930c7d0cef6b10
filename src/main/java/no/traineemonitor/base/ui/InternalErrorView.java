package no.traineemonitor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a short apology in the user's language inside the shell, with a link back, and HTTP
 * 500. What failed goes to the log (once, with the stack trace), never to the screen.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        super("internal-error", "error.internal.title", "error.internal.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Opening /{} failed", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        return show(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
