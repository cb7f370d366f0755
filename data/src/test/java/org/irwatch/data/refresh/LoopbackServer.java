package org.irwatch.data.refresh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on 127.0.0.1 (an ephemeral port, loopback only) standing in for GOV.UK and CQC in tests. Each path
 * answers what the test put there; anything else is a 404. It records the requests it got.
 */
final class LoopbackServer implements AutoCloseable {

    static final InetAddress LOOPBACK = loopback();

    /** What a path answers. {@code stallAfter} >= 0: send that many bytes of the body, then stop sending. */
    record Answer(int status, String contentType, byte[] body, int stallAfter) {

        static Answer ok(String contentType, byte[] body) {
            return new Answer(200, contentType, body, -1);
        }

        static Answer ok(String contentType, String body) {
            return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer status(int status) {
            return new Answer(status, "text/html; charset=utf-8",
                    ("<!DOCTYPE html><html><body><h1>Error " + status + "</h1></body></html>")
                            .getBytes(StandardCharsets.UTF_8), -1);
        }
    }

    /** One request as the server saw it. */
    record Request(String path, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Released when the server closes: holds back a stalled answer until then (at most 10 s). */
    private final CountDownLatch closing = new CountDownLatch(1);

    LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** http://127.0.0.1:PORT, no trailing slash. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    LoopbackServer answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** An address on this machine where nothing listens: a port that was just bound and closed again. */
    static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent")));
            Answer answer = answers.getOrDefault(path, Answer.status(404));
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            OutputStream out = exchange.getResponseBody();
            if (answer.stallAfter() >= 0) {
                out.write(answer.body(), 0, Math.min(answer.stallAfter(), answer.body().length));
                out.flush();
                closing.await(10, TimeUnit.SECONDS);
                return;
            }
            out.write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (a cancelled download): nothing to answer.
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
