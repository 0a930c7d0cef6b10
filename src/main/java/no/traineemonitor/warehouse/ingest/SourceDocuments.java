package no.traineemonitor.warehouse.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The source documents the sample data cites ({@code source_file}), read from the seeds folder (property
 * {@code traineemonitor.seeds}, default {@code ../shared/seeds}) with whitespace collapsed, so a quote can be looked up
 * verbatim. Without the folder (a deployment without the seeds) the quote rule is skipped and the load warns once.
 */
final class SourceDocuments {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Indexed documents by file, size and time: a document read once is not read again while it is unchanged. */
    private static final Map<String, Document> CACHE = new ConcurrentHashMap<>();

    private final Path folder;
    private final Map<String, Optional<Document>> documents = new HashMap<>();

    SourceDocuments(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    boolean available() {
        return folder != null && Files.isDirectory(folder);
    }

    /** The document, or empty if the folder holds no such file (or it is not readable text). */
    Optional<Document> get(String sourceFile) {
        return documents.computeIfAbsent(sourceFile, f -> {
            if (f.contains("/") || f.contains("\\") || f.startsWith(".")) {
                return Optional.empty();
            }
            Path p = folder.resolve(f);
            try {
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                String key = p.toAbsolutePath() + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
                Document cached = CACHE.get(key);
                if (cached == null) {
                    cached = new Document(normalise(Files.readString(p, StandardCharsets.UTF_8)));
                    CACHE.put(key, cached);
                }
                return Optional.of(cached);
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Whitespace runs become one space, so a quote may wrap differently from the document. */
    static String normalise(String text) {
        return isNormal(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** True when {@link #normalise} would not change the text (most quotes): no regular expression run per fact row. */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))
                || Character.isSpaceChar(text.charAt(0)) || Character.isSpaceChar(text.charAt(n - 1)))) {
            return false;
        }
        char before = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || (c == ' ' && before == ' ')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /**
     * A document's normalised text with an index of where each run of {@link #K} characters starts, so a quote is
     * found by looking at the few places its first characters occur instead of scanning the whole text each time.
     */
    static final class Document {

        static final int K = 8;
        private final String text;
        private final long[] index; // (hash of text[i, i + K)) << 32 | i, sorted

        Document(String text) {
            this.text = text;
            int n = Math.max(0, text.length() - K + 1);
            index = new long[n];
            for (int i = 0; i < n; i++) {
                index[i] = ((long) hash(text, i) << 32) | i;
            }
            Arrays.sort(index);
        }

        /** True if the (normalised) quote of at least {@link #K} characters occurs verbatim in the text. */
        boolean contains(String quote) {
            if (quote.length() < K) {
                return text.contains(quote);
            }
            long key = (long) hash(quote, 0) << 32;
            int at = Arrays.binarySearch(index, key);
            for (int i = at < 0 ? -at - 1 : at; i < index.length && (index[i] >>> 32) == (key >>> 32); i++) {
                if (text.startsWith(quote, (int) index[i])) {
                    return true;
                }
            }
            return false;
        }

        private static int hash(String s, int from) {
            int h = 0;
            for (int i = from; i < from + K; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h & 0x7fffffff; // non-negative, so the keys sort by hash
        }
    }
}
