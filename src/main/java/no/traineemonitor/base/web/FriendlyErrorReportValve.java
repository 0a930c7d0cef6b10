package no.traineemonitor.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests before the app sees them: a URL longer than the header limit (8 kB) or one that is not
 * a valid address gets status 400 with Tomcat's bare error page. This valve, in place of Tomcat's error report valve,
 * answers those with a friendly page (bokmål and English, a link to the front page) and the security headers; other
 * statuses keep Tomcat's report (without server details, as Boot sets it).
 */
public class FriendlyErrorReportValve extends ErrorReportValve {

    public FriendlyErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status != 400 && status != 414 && status != 431) {
            super.report(request, response, throwable);
            return;
        }
        if (response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            SecurityHeadersFilter.set(response);
            response.getOutputStream().write(FriendlyPages.badAddress().getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing more to say
        }
    }

    /** Puts the valve on the host in place of the error report valve Boot adds. */
    @Component
    @ConditionalOnWebApplication
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    // the host adds its own error report valve unless one of exactly this class is there
                    host.setErrorReportValveClass(FriendlyErrorReportValve.class.getName());
                }
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new FriendlyErrorReportValve());
            });
        }
    }
}
