package no.traineemonitor.base.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** SQL files from the repository's {@code sql/} folder (classpath {@code sql/}), read once and cached. */
@Component
public class SqlFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code sql/<path>}, e.g. {@code get("query/reference/municipalities.sql")}. */
    public String get(String path) {
        return cache.computeIfAbsent(path, p -> {
            try {
                return new ClassPathResource("sql/" + p).getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("SQL file sql/" + p + " not found on the classpath", e);
            }
        });
    }

    /** Splits a file of several statements at semicolons that end a line; drops comment-only parts. */
    public static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(";\\s*(\\r?\\n|$)")) {
            String withoutComments = part.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            if (!withoutComments.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
