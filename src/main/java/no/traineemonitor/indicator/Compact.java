package no.traineemonitor.indicator;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Smaller copies of what every kept {@link IndicatorResult} repeats. The server keeps hundreds of thousands of results
 * computed ahead (one per programme, indicator, year and county state): as built from a query each holds its fact ids
 * and programme ids as separate strings in a list, and its years and counts as separate boxes. Here one list of texts
 * becomes one string with the ends of its elements, and whole numbers below {@link #CACHED} share one box each.
 */
final class Compact {

    static final int CACHED = 4096;
    private static final Integer[] INTEGERS = new Integer[CACHED];
    private static final Double[] WHOLE_NUMBERS = new Double[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            INTEGERS[i] = i;
            WHOLE_NUMBERS[i] = (double) i;
        }
    }

    private Compact() {
    }

    static @Nullable Integer integer(@Nullable Integer i) {
        return i != null && i >= 0 && i < CACHED ? INTEGERS[i] : i;
    }

    static @Nullable Double number(@Nullable Double d) {
        if (d == null) {
            return null;
        }
        double v = d;
        // -0.0 keeps its own box: it prints differently
        return v >= 0 && v < CACHED && v == Math.rint(v) && Double.doubleToRawLongBits(v) != Long.MIN_VALUE
                ? WHOLE_NUMBERS[(int) v] : d;
    }

    static List<String> texts(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return texts instanceof Texts ? texts : new Texts(texts);
    }

    /** An unmodifiable list of texts kept as one string: element i is joined[ends[i-1], ends[i]). */
    private static final class Texts extends AbstractList<String> implements RandomAccess {

        private final String joined;
        private final int[] ends;

        Texts(List<String> texts) {
            StringBuilder b = new StringBuilder();
            ends = new int[texts.size()];
            for (int i = 0; i < ends.length; i++) {
                b.append(texts.get(i));
                ends[i] = b.length();
            }
            joined = b.toString();
        }

        @Override
        public String get(int index) {
            return joined.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
        }

        @Override
        public int size() {
            return ends.length;
        }
    }
}
