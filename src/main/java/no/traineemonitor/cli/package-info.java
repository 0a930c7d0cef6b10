/** The jar's command line: {@code serve} and the subcommands ({@link no.traineemonitor.cli.CliCommand}). */
@NullMarked
package no.traineemonitor.cli;

import org.jspecify.annotations.NullMarked;
