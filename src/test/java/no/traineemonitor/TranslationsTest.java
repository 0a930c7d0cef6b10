package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bokmål and English stay in step, and every key the code asks for exists (petclinic's I18nPropertiesSyncTest). */
class TranslationsTest {

    static final Path DIR = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void numbers_in_a_sentence_are_written_as_the_readers_language_writes_them() {
        var t = new no.traineemonitor.base.ui.Translations();
        // 4 703 peers at 10 M synthetic facts: a space groups the thousands in Norwegian (no-break, so it never wraps)
        assertThat(t.getTranslation("benchmark.peers", no.traineemonitor.base.ui.LanguageSwitch.BOKMAL, "Trainee Salten", 4703, "A"))
                .isEqualTo("Trainee Salten sammenlignes med 4\u00A0703 programmer: A.");
        assertThat(t.getTranslation("benchmark.peers", no.traineemonitor.base.ui.LanguageSwitch.ENGLISH, "Trainee Salten", 4703, "A"))
                .isEqualTo("Trainee Salten is compared with 4,703 programmes: A.");
        assertThat(t.getTranslation("benchmark.peers-more", no.traineemonitor.base.ui.LanguageSwitch.BOKMAL, 4673)).isEqualTo("og 4\u00A0673 andre");
    }

    @Test
    void every_bundle_has_the_same_keys_in_bokmal_and_english() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path nb : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_en")).toList()) {
                Path en = DIR.resolve(nb.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English file for " + nb.getFileName()).exists();
                assertThat(load(en).stringPropertyNames()).as(nb.getFileName() + " vs English")
                        .containsExactlyInAnyOrderElementsOf(load(nb).stringPropertyNames());
            }
        }
    }

    @Test
    void every_literal_key_used_in_the_code_exists() throws IOException {
        Set<String> keys = new java.util.HashSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                keys.addAll(load(p).stringPropertyNames());
            }
        }
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-_]+)\"");
        Pattern menu = Pattern.compile("title = \"([a-z0-9.\\-_]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path java : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(java);
                for (Pattern pattern : List.of(literal, menu)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        String key = m.group(1);
                        boolean known = key.endsWith(".") // a prefix completed at run time, e.g. "status." + status
                                ? keys.stream().anyMatch(k -> k.startsWith(key))
                                : keys.contains(key);
                        if (!known) {
                            missing.add(java.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
