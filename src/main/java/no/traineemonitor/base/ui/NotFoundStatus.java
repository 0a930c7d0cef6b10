package no.traineemonitor.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The first request of a page returns Vaadin's bootstrap HTML, and the view is chosen only by the page's next request,
 * so an unknown address used to answer 200. Here the bootstrap response of an address that no route takes gets 404
 * (the page still opens, and {@link NotFoundView} says so in the shell).
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            path = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
            if (!service.getRouter().getRegistry().getNavigationRouteTarget(path).hasTarget()) {
                response.getVaadinResponse().setStatus(404);
            }
        });
    }
}
