package dk.sammen.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/** Closed-loop load for the benchmarks: clients repeat an operation; after a warm-up, successes and latencies are counted. */
final class Load {

    /**
     * @param refused operations that answered other than the success they should
     * @param measured when the measurement began and ended, for the profile of that window
     */
    record Result(double perSecond, double seconds, double p50Millis, double p99Millis, long refused, Instant[] measured) {
    }

    private Load() {
    }

    /** @param operation one request; true when it succeeded */
    static Result run(int clients, Duration warmUp, Duration measure, BooleanSupplier operation) throws Exception {
        return run(clients, warmUp, measure, operation, () -> { }, () -> { });
    }

    /** The same, calling {@code measuring} as the measurement begins and {@code measured} as it ends. */
    static Result run(int clients, Duration warmUp, Duration measure, BooleanSupplier operation, Runnable measuring, Runnable measured)
            throws Exception {
        LongAdder done = new LongAdder();
        LongAdder refused = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            work.add(pool.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    boolean ok = operation.getAsBoolean();
                    if (counting.get()) {
                        (ok ? done : refused).increment();
                        latencies.add(System.nanoTime() - start);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(warmUp.toMillis());
        measuring.run();
        counting.set(true);
        Instant begin = Instant.now();
        Thread.sleep(measure.toMillis());
        counting.set(false);
        measured.run();
        Instant end = Instant.now();
        double seconds = Duration.between(begin, end).toMillis() / 1000.0;
        running.set(false);
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(done.sum() / seconds, seconds, percentile(sorted, 50), percentile(sorted, 99), refused.sum(),
                new Instant[]{begin, end});
    }

    /** Sequential reads after a warm-up: p50 and p99 in milliseconds. */
    static double[] latencies(int warmUp, int reads, Runnable read) {
        for (int i = 0; i < warmUp; i++) {
            read.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            read.run();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return new double[]{percentile(nanos, 50), percentile(nanos, 99)};
    }

    static double percentile(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        return sortedNanos.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1)) / 1_000_000.0;
    }
}
