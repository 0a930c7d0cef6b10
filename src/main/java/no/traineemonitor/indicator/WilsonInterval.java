package no.traineemonitor.indicator;

/**
 * The Wilson score interval for a proportion (Wilson 1927): good coverage for small n and for shares near 0 or 1,
 * where the usual normal interval fails.
 */
public record WilsonInterval(double low, double high) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /** The interval for share {@code p} observed in {@code n} units. */
    public static WilsonInterval of(double p, double n, double z) {
        if (n <= 0 || p < 0 || p > 1) {
            throw new IllegalArgumentException("need 0 <= p <= 1 and n > 0, got p=" + p + ", n=" + n);
        }
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new WilsonInterval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    public static WilsonInterval of95(double p, double n) {
        return of(p, n, Z95);
    }
}
