/**
 * Export what you see: a page's tables as CSV (excel-nb or RFC 4180) and XLSX, its charts as PNG and SVG, each file
 * carrying its title, the filters, the data version and a source line, with a file name that says what it is. The
 * figures come from the list the page already got from its service: there is no second code path for them.
 */
@NullMarked
package no.traineemonitor.base.export;

import org.jspecify.annotations.NullMarked;
