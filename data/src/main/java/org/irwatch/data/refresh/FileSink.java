package org.irwatch.data.refresh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the body of a download to its file as it arrives and counts the bytes. Closing it (from the waiting
 * thread, after a cancel) stops any further write, so the file can be deleted on every system.
 */
final class FileSink implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {

    private final FileChannel channel;
    private final AtomicLong bytes = new AtomicLong();
    private volatile Flow.Subscription subscription;
    private volatile IOException failure;
    private volatile boolean completed;
    private boolean closed;

    FileSink(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        synchronized (this) {
            if (closed) {
                subscription.cancel();
                return;
            }
            try {
                for (ByteBuffer buffer : buffers) {
                    while (buffer.hasRemaining()) {
                        bytes.addAndGet(channel.write(buffer));
                    }
                }
            } catch (IOException e) {
                failure = e;
                subscription.cancel();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        // The exchange's future reports it to the waiting thread.
    }

    @Override
    public void onComplete() {
        completed = true; // and the exchange's future completes
    }

    long bytes() {
        return bytes.get();
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Ends the download's file before its size and failures are checked; the later close does nothing. */
    void finish() {
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription current = subscription;
        try {
            channel.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (current != null && !completed) {
            current.cancel();
        }
    }
}
