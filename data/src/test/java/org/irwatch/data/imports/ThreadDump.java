package org.irwatch.data.imports;

import java.time.Duration;
import java.util.Map;

/** Prints every thread's stack to standard error when a test is still running after a given time: a hang's witness. */
final class ThreadDump {

    private ThreadDump() {
    }

    /** A daemon thread that prints the dump after {@code delay} unless interrupted first. */
    static Thread after(Duration delay) {
        return Thread.ofPlatform().daemon().name("thread-dump-watchdog").start(() -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
            StringBuilder dump = new StringBuilder("Still running after " + delay + "; every thread:\n");
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                dump.append('"').append(entry.getKey().getName()).append("\" ").append(entry.getKey().getState())
                        .append('\n');
                for (StackTraceElement frame : entry.getValue()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            System.err.print(dump);
            System.err.flush();
        });
    }
}
