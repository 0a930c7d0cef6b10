/** The report's part of the dashboard: a download button with progress and a clear message on failure. */
@NullMarked
package no.traineemonitor.report.ui;

import org.jspecify.annotations.NullMarked;
