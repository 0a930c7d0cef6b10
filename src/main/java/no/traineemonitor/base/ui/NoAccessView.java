package no.traineemonitor.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's roles do not open (a funder on /admin, a leader on /historikk): said as such, in the
 * user's language inside the shell, with a link back; HTTP 403. The public is sent to the sign-in page instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NoAccessView() {
        super("no-access", "error.no-access.title", "error.no-access.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(HttpServletResponse.SC_FORBIDDEN);
    }
}
