package org.irwatch.data.refresh;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.refresh.RefreshService.Source;

/**
 * The HTTP of one refresh: pages read as text and files written to disk as they arrive, both stopped at once by a
 * cancel, with timeouts and every failure in plain words. Closing it ends its client.
 */
final class HttpDownloader implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private static final long POLL_MILLIS = 100;
    private static final String USER_AGENT = "IRWatch/" + version()
            + " (IR Watch desktop app for councils; refresh from source)";

    /** A page's text and its address after redirects. */
    record Page(URI uri, String body) {
    }

    private final HttpClient client = newClient();
    private final RefreshMessages messages;

    HttpDownloader(RefreshMessages messages) {
        this.messages = messages;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }

    private static HttpClient newClient() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        // Council networks often reach the web through a proxy: honour the JVM's proxy settings.
        ProxySelector proxy = ProxySelector.getDefault();
        if (proxy != null) {
            builder.proxy(proxy);
        }
        return builder.build();
    }

    private static HttpRequest.Builder request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT).header("User-Agent", USER_AGENT)
                .header("Accept", accept);
    }

    /** A page or an API answer as text; its address after redirects with it. */
    Page fetchText(URI uri, String accept, String what, Source source, ProgressListener progress) {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
        HttpResponse<String> response = await(client.sendAsync(request(uri, accept).build(), BodyHandlers.ofString()),
                uri, progress, () -> {
                    if (System.nanoTime() - deadline > 0) {
                        throw RefreshMessages.unreachable(uri, null);
                    }
                });
        if (response.statusCode() != 200) {
            throw messages.httpError(response.uri(), response.statusCode(), what, source);
        }
        return new Page(response.uri(), response.body());
    }

    /** Downloads the file into the folder under its publisher's name, with progress in bytes; checks it all arrived. */
    Path download(SourceLinkFinder.Link link, Source source, Path workFolder, ProgressListener progress) {
        Path file = workFolder.resolve(link.fileName());
        String message = "Downloading " + link.fileName() + " from " + RefreshMessages.host(link.uri());
        progress.progress(message, 0, -1);
        AtomicReference<HttpResponse.ResponseInfo> answered = new AtomicReference<>();
        try (FileSink sink = new FileSink(file)) {
            BodyHandler<Void> handler = info -> {
                answered.set(info);
                return info.statusCode() == 200 ? BodySubscribers.fromSubscriber(sink) : BodySubscribers.discarding();
            };
            long[] lastBytes = {0};
            long[] lastChange = {System.nanoTime()};
            HttpResponse<Void> response = await(client.sendAsync(request(link.uri(), "*/*").build(), handler),
                    link.uri(), progress, () -> {
                        sink.failure().ifPresent(e -> {
                            throw RefreshMessages.cannotWrite(file, e);
                        });
                        long bytes = sink.bytes();
                        long now = System.nanoTime();
                        if (bytes != lastBytes[0]) {
                            lastBytes[0] = bytes;
                            lastChange[0] = now;
                        } else if (answered.get() != null && now - lastChange[0] > REQUEST_TIMEOUT.toNanos()) {
                            throw new UserFacingException("The download from " + RefreshMessages.host(link.uri())
                                    + " stopped: "
                                    + "nothing arrived for " + REQUEST_TIMEOUT.toSeconds() + " seconds (network "
                                    + "lost?). Nothing was changed. Try again, or import a downloaded file instead.");
                        }
                        progress.progress(message, bytes, contentLength(answered.get()));
                    });
            if (response.statusCode() != 200) {
                throw messages.httpError(response.uri(), response.statusCode(), source == Source.REGISTER
                        ? "the register CSV" : "the CQC directory", source);
            }
            sink.finish();
            sink.failure().ifPresent(e -> {
                throw RefreshMessages.cannotWrite(file, e);
            });
            long bytes = sink.bytes();
            long expected = contentLength(response);
            if (bytes == 0) {
                throw new UserFacingException(response.uri() + " sent an empty file where " + source.label()
                        + " should be. Nothing was changed. " + messages.advice(source));
            }
            if (expected >= 0 && bytes != expected) {
                throw new UserFacingException("The download from " + RefreshMessages.host(link.uri()) + " broke off after "
                        + bytes + " of " + expected + " bytes. Nothing was changed. Try again, or import a "
                        + "downloaded file instead.");
            }
            progress.progress(message, bytes, bytes);
        } catch (IOException e) {
            throw RefreshMessages.cannotWrite(file, e);
        }
        return file;
    }

    private static long contentLength(HttpResponse.ResponseInfo info) {
        return info == null ? -1 : info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    private static long contentLength(HttpResponse<?> response) {
        return response.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    /**
     * Waits for an exchange while keeping an eye on the user: a cancel stops it at once (the blocking
     * {@code send} would wait for the whole file). {@code tick} runs every {@value #POLL_MILLIS} ms meanwhile.
     */
    private static <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> exchange, URI uri,
                                             ProgressListener progress, Runnable tick) {
        boolean done = false;
        try {
            while (true) {
                try {
                    HttpResponse<T> response = exchange.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    done = true;
                    return response;
                } catch (TimeoutException e) {
                    progress.checkCancelled();
                    tick.run();
                }
            }
        } catch (ExecutionException e) {
            done = true;
            throw RefreshMessages.networkFailure(e.getCause(), uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            if (!done) {
                exchange.cancel(true);
            }
        }
    }

    private static String version() {
        String version = HttpDownloader.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
