package no.traineemonitor.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * An address Spring Security's firewall refuses ("//indikatorer", an encoded slash, a ";" in the path) gets the same
 * friendly 400 page as an address Tomcat refuses, not Spring's bare "Whitelabel Error Page". Spring Security uses a
 * {@link RequestRejectedHandler} bean when there is one.
 */
@Component
class FriendlyRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(FriendlyPages.badAddress().getBytes(StandardCharsets.UTF_8));
    }
}
