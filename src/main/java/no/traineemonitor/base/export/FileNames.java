package no.traineemonitor.base.export;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** File names that say what a file is, in plain ASCII: ("Fullføringsgrad", "Innlandet", 2024) → fullforingsgrad-innlandet-2024. */
public final class FileNames {

    private FileNames() {
    }

    public static String of(@Nullable Object... parts) {
        String name = Arrays.stream(parts).filter(Objects::nonNull).map(String::valueOf).map(FileNames::slug)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("-"));
        if (name.length() > 100) {
            name = name.substring(0, 100).replaceAll("-[^-]*$", "");
        }
        return name.isEmpty() ? "traineemonitor" : name;
    }

    /** "15 Møre og Romsdal" → "more-og-romsdal", "Trainee Sør" → "trainee-sor". */
    static String slug(String text) {
        // "34 Innlandet" → "innlandet": a county or BA-region number before its name is a code, not a name
        String ascii = text.replaceAll("(^|\\s)\\d{2,3}\\s+(?=\\p{Lu})", "$1").toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
