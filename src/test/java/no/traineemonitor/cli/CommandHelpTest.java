package no.traineemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * {@code ./tm --help} prints the committed files in {@code docs/commands/} without building anything; they must be what
 * the jar prints. After changing a command's declaration, rewrite them with
 * {@code ./mvnw -B -ntp test -Dtest=CommandHelpTest -Dhelp.write=true} and commit them.
 */
class CommandHelpTest {

    static final Path DIR = Path.of("docs/commands");

    /** File name (without .txt) and the text the jar prints for it. */
    static Map<String, String> expected() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("help", Cli.helpFor(List.of()));
        for (CommandSpec spec : Cli.specs()) {
            files.put(spec.name().replace(' ', '-'), Cli.helpFor(List.of(spec.name().split(" "))));
            if (spec.name().contains(" ")) {
                String family = spec.name().split(" ")[0];
                files.put(family, Cli.helpFor(List.of(family)));
            }
        }
        return files;
    }

    @Test
    void the_committed_help_files_are_what_the_jar_prints() throws IOException {
        Map<String, String> expected = expected();
        if (Boolean.getBoolean("help.write")) {
            Files.createDirectories(DIR);
            try (Stream<Path> old = Files.list(DIR)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
            for (var e : expected.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (var e : expected.entrySet()) {
            Path file = DIR.resolve(e.getKey() + ".txt");
            assertThat(file).as("%s is missing: run this test with -Dhelp.write=true and commit the files", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s differs from the jar's help: run this test with -Dhelp.write=true and commit it", file)
                    .isEqualTo(e.getValue());
        }
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".txt", "")))
                    .as("help files of commands that no longer exist").containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
    }

    @Test
    void every_command_class_is_registered_and_every_registered_class_is_a_command() {
        Set<String> implementations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.traineemonitor").stream()
                .filter(c -> c.isAssignableTo(CliCommand.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> registered = ServiceLoader.load(CliCommand.class).stream().map(p -> p.type().getName())
                .collect(Collectors.toSet());
        assertThat(registered).as("META-INF/services/no.traineemonitor.cli.CliCommand").isEqualTo(implementations);
    }

    @Test
    void the_properties_commands_accept_are_the_ones_the_application_reads() throws IOException {
        Set<String> declared = Cli.PROPERTIES.stream().map(CommandSpec.Option::name).collect(Collectors.toSet());
        // every traineemonitor.* key the application reads: application.properties, @Value and WarehouseProperties
        Set<String> read;
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            read = sources.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties"))
                    .flatMap(f -> {
                        try {
                            return java.util.regex.Pattern.compile("(?m)(?:^|\\$\\{)(traineemonitor\\.[a-z0-9.-]+)")
                                    .matcher(Files.readString(f)).results().map(m -> m.group(1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.toSet());
        }
        read.remove(CommandContext.READ_ONLY); // set by the command line itself, not by users
        read.remove(CommandContext.OPERATOR);
        assertThat(read).isNotEmpty();
        assertThat(declared).containsAll(read);
        assertThat(declared).contains("traineemonitor.database", "traineemonitor.sample-data", "traineemonitor.pool-size");
    }
}
