package newdeal.e2e.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Latencies in nanoseconds, summed up as the tables show them: count, p50, p99, max in milliseconds. */
public final class Samples {
    private final List<Long> nanos = new ArrayList<>();

    public synchronized void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    public synchronized void addAll(Samples other) {
        nanos.addAll(other.copy());
    }

    public synchronized int count() {
        return nanos.size();
    }

    public double p50() {
        return percentile(0.50);
    }

    public double p99() {
        return percentile(0.99);
    }

    public double max() {
        return percentile(1.0);
    }

    /** Nearest rank, in milliseconds; 0 without samples. */
    public double percentile(double p) {
        List<Long> sorted = copy();
        if (sorted.isEmpty()) {
            return 0;
        }
        sorted.sort(null);
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    public static Samples of(Collection<Samples> parts) {
        Samples all = new Samples();
        parts.forEach(all::addAll);
        return all;
    }

    private synchronized List<Long> copy() {
        return new ArrayList<>(nanos);
    }

    /** Milliseconds as the tables print them: one decimal under 10, whole above. */
    public static String ms(double millis) {
        return millis < 10 ? String.format(java.util.Locale.ROOT, "%.1f", millis)
                : String.format(java.util.Locale.ROOT, "%.0f", millis);
    }
}
