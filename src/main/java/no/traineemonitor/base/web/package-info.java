/**
 * The web server's own protections, below the views: security headers on every response, sessions only for pages that
 * really start a UI (with a cap and a short idle time), and a friendly page where Tomcat answers alone (over-long URLs).
 */
@NullMarked
package no.traineemonitor.base.web;

import org.jspecify.annotations.NullMarked;
