/**
 * Who may do what: sign-in (Spring Security with Vaadin's configurer, users and roles from the record), the first
 * administrator, the current user and the checks the services make before they return data (docs/yearly-returns.md).
 */
@NullMarked
package no.traineemonitor.security;

import org.jspecify.annotations.NullMarked;
