package org.irwatch.data.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the benchmarks share: how many runs count, how a median is reported, a fresh folder for each run. */
final class BenchRuns {

    static final int WARM_UP = 2;
    static final int RUNS = 5;

    private BenchRuns() {
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-55s median %6d ms  (runs: %s)%n", what,
                sorted.get(sorted.size() / 2) / 1_000_000, nanos.stream().map(n -> String.valueOf(n / 1_000_000)).toList());
    }

    /** Times the work WARM_UP + RUNS times and keeps the RUNS after the warm-up. */
    static List<Long> time(Supplier<?> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    /**
     * Times the work as {@link #time} does, with the thread's CPU time beside the wall time: on a shared machine the
     * CPU time says what the work costs, the wall time what a user would have waited then.
     */
    static void reportWithCpu(String what, Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            if (i >= WARM_UP) {
                wall.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            }
        }
        System.out.printf(Locale.ROOT, "%-55s median %8.2f ms wall, %8.2f ms CPU  (wall runs: %s)%n", what,
                median(wall), median(cpu), wall.stream().map(n -> String.format(Locale.ROOT, "%.1f", n / 1e6))
                        .toList());
    }

    private static double median(List<Long> nanos) {
        return nanos.stream().sorted().toList().get(nanos.size() / 2) / 1e6;
    }

    static Path emptyFolder(Path work, String name) throws IOException {
        Path folder = work.resolve(name);
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }
}
