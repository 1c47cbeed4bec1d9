package org.supportplan.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Number formatting and small statistics shared by the figures. */
final class Fmt {

    private Fmt() {
    }

    /** {@code 123,456} */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A rate with its unit: {@code 123,456 /s} */
    static String perSecond(double value) {
        return count(value) + "/s";
    }

    /** Milliseconds, with a decimal below 100. */
    static String millis(double ms) {
        return ms < 100 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    /** Seconds, two decimals. */
    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    /** How many times bigger {@code a} is than {@code b}: {@code 3.4x}. */
    static String times(double a, double b) {
        double r = a / b;
        return r >= 100 ? String.format(Locale.ROOT, "%,.0fx", r) : String.format(Locale.ROOT, "%.2fx", r);
    }

    /** {@code a} as a percentage of {@code b}. */
    static String percent(double a, double b) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * a / b);
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Megabytes (2^20 bytes). */
    static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024 * 1024));
    }
}
