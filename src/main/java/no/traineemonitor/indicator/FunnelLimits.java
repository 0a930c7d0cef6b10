package no.traineemonitor.indicator;

/**
 * Control limits of a funnel plot for a proportion (Spiegelhalter 2005, "Funnel plots for comparing institutional
 * performance"): around the pooled peer proportion {@code p0}, a unit with denominator {@code n} lies inside the
 * limits with the stated probability if it only differs by chance. Normal approximation p0 ± z·√(p0(1−p0)/n),
 * clipped to [0, 1].
 */
public record FunnelLimits(double n, double low95, double high95, double low998, double high998) {

    /** z for the two-sided 95 % limits. */
    public static final double Z95 = 1.959963984540054;
    /** z for the two-sided 99.8 % limits (about three standard errors). */
    public static final double Z998 = 3.090232306167813;

    public static FunnelLimits at(double p0, double n) {
        if (n <= 0 || p0 < 0 || p0 > 1) {
            throw new IllegalArgumentException("need 0 <= p0 <= 1 and n > 0, got p0=" + p0 + ", n=" + n);
        }
        double se = Math.sqrt(p0 * (1 - p0) / n);
        return new FunnelLimits(n, clip(p0 - Z95 * se), clip(p0 + Z95 * se), clip(p0 - Z998 * se), clip(p0 + Z998 * se));
    }

    /** Limits from n = 1 to {@code maxN} for drawing: rows of {n, low95, high95, low998, high998}. */
    public static java.util.List<double[]> curve(double p0, double maxN, int steps) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double n = Math.max(1, Math.pow(maxN, (double) i / steps)); // log spacing: the funnel bends at small n
            FunnelLimits l = at(p0, n);
            rows.add(new double[] {n, l.low95, l.high95, l.low998, l.high998});
        }
        return rows;
    }

    /** Where a value lies: inside 95 %, between 95 % and 99.8 %, or outside 99.8 % (above or below). */
    public String position(double value) {
        if (value > high998) {
            return "above_998";
        }
        if (value < low998) {
            return "below_998";
        }
        if (value > high95) {
            return "above_95";
        }
        if (value < low95) {
            return "below_95";
        }
        return "inside_95";
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
