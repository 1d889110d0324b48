package dk.kompetence.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Wall-clock times of one piece of work in milliseconds: the first (cold) run, then the timed runs. */
record Timings(double first, List<Double> runs) {

    /** Runs the work once cold, {@code warmup - 1} more times untimed, then {@code count} timed times. */
    static <T> Timings measure(int warmup, int count, Callable<T> work) throws Exception {
        return measure(warmup, Duration.ofNanos(Long.MAX_VALUE), count, work);
    }

    /**
     * As {@link #measure(int, int, Callable)}, but the untimed runs stop early once {@code atMost}
     * has passed since the cold run, so a slow report does not stretch the warm-up for minutes.
     */
    static <T> Timings measure(int warmup, Duration atMost, int count, Callable<T> work) throws Exception {
        double first = time(work);
        long started = System.nanoTime();
        for (int i = 1; i < warmup && System.nanoTime() - started < atMost.toNanos(); i++) {
            work.call();
        }
        List<Double> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            runs.add(time(work));
        }
        return new Timings(first, List.copyOf(runs));
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The 95th percentile by the nearest-rank method: the value 95 % of the runs are at or below. */
    double p95() {
        List<Double> sorted = sorted();
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    double max() {
        return sorted().get(runs.size() - 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (first, cold: %.0f ms)",
                median(), p95(), max(), runs.size(), first);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        return sorted;
    }

    private static double time(Callable<?> work) throws Exception {
        long started = System.nanoTime();
        work.call();
        return (System.nanoTime() - started) / 1_000_000.0;
    }
}
