package no.traineemonitor.survey;

import no.traineemonitor.indicator.WilsonInterval;

/**
 * The difference p1 − p2 of two shares from independent groups with its 95 % interval by Newcombe's hybrid score
 * method (Newcombe 1998, "Interval estimation for the difference between independent proportions: comparison of
 * eleven methods", method 10): each group's Wilson interval (l, u) is combined as
 * {@code d − sqrt((p1 − l1)² + (u2 − p2)²)} and {@code d + sqrt((u1 − p1)² + (p2 − l2)²)}. Unlike the usual normal
 * interval it stays inside [−1, 1] and behaves for small groups and shares near 0 or 1.
 */
public record DifferenceInterval(double difference, double low, double high) {

    /** For share {@code p1} of {@code n1} and share {@code p2} of {@code n2} (shares 0–1, n > 0). */
    public static DifferenceInterval of95(double p1, double n1, double p2, double n2) {
        WilsonInterval w1 = WilsonInterval.of95(p1, n1);
        WilsonInterval w2 = WilsonInterval.of95(p2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new DifferenceInterval(d, Math.max(-1, low), Math.min(1, high));
    }

    /** True when 0 lies outside the interval: a difference larger than chance at the 5 % level. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }

    private static double square(double x) {
        return x * x;
    }
}
