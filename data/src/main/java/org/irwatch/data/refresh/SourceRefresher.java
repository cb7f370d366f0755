package org.irwatch.data.refresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.refresh.RefreshService;
import org.irwatch.core.refresh.RefreshSettings;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.imports.FileContent;
import org.irwatch.data.imports.FileKindDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refresh from source over HTTP. The register's current CSV is found through the GOV.UK Content API (its address
 * changes with every publication); the CQC directory through the link on CQC's "Using CQC data" page. Each file is
 * downloaded into {@code downloads/} in the data folder under the publisher's own name (which carries the data
 * date), checked, imported through the {@link ImportService} like a file the user chose, and deleted.
 *
 * <p>All files are downloaded and checked before the first is imported, so no network failure leaves one source
 * refreshed and the other not. Every failure is a {@link UserFacingException} in plain words; a cancel is a
 * {@link CancelledException}. Either way the downloads are deleted.
 */
public final class SourceRefresher implements RefreshService {

    static final String REGISTER_API_PATH = "/api/content/government/publications/register-of-licensed-sponsors-workers";
    static final String REGISTER_PAGE_PATH = "/government/publications/register-of-licensed-sponsors-workers";
    static final String CQC_PAGE_PATH = "/about-us/transparency/using-cqc-data";
    static final String DOWNLOADS_FOLDER = "downloads";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private static final Logger LOG = LoggerFactory.getLogger(SourceRefresher.class);
    private static final long POLL_MILLIS = 100;
    private static final String WORK_FOLDER_PREFIX = "refresh-";
    /** Work folders left by a refresh that was killed (power cut) are removed once they are this old. */
    private static final Duration STALE_WORK_FOLDER = Duration.ofDays(1);
    private static final String USER_AGENT = "IRWatch/" + version()
            + " (IR Watch desktop app for councils; refresh from source)";
    private static final JsonMapper JSON = JsonMapper.shared();
    /**
     * The href attributes of a page, quoted either way or not at all. A regular expression, not an HTML parser: the
     * one link wanted is recognised by the distinctive file name CQC gives the directory, so the rest of the page's
     * markup (which CQC redesigns from time to time) does not matter, and a parser library would be a dependency
     * for one attribute.
     */
    private static final Pattern HREF = Pattern.compile(
            "\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private final ImportService imports;
    private final Path downloads;
    private final RefreshSettings settings;

    /**
     * @param dataDirectory the data folder; downloads go to its {@code downloads/} subfolder, and are deleted
     */
    public SourceRefresher(ImportService imports, Path dataDirectory, RefreshSettings settings) {
        this.imports = imports;
        this.downloads = dataDirectory.resolve(DOWNLOADS_FOLDER);
        this.settings = settings;
    }

    public RefreshSettings settings() {
        return settings;
    }

    @Override
    public List<ImportReport> refresh(Set<Source> sources, ProgressListener progress) {
        if (sources.isEmpty()) {
            return List.of();
        }
        progress.checkCancelled();
        Path workFolder = createWorkFolder();
        HttpClient client = newClient();
        try {
            List<Path> files = new ArrayList<>();
            for (Source source : EnumSet.copyOf(sources)) {
                files.add(fetch(client, source, workFolder, progress));
            }
            return importAll(files, progress);
        } finally {
            client.shutdownNow();
            delete(workFolder);
        }
    }

    private List<ImportReport> importAll(List<Path> files, ProgressListener progress) {
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : files) {
            progress.checkCancelled();
            try {
                reports.add(imports.importFile(file, null, progress));
            } catch (UserFacingException e) {
                if (reports.isEmpty()) {
                    throw e;
                }
                throw new UserFacingException(e.getMessage() + " Refreshed before this: "
                        + String.join(" ", reports.stream().map(ImportReport::summary).toList()), e);
            }
        }
        return reports;
    }

    private Path fetch(HttpClient client, Source source, Path workFolder, ProgressListener progress) {
        progress.checkCancelled();
        Link link = switch (source) {
            case REGISTER -> findRegister(client, progress);
            case CQC_DIRECTORY -> findCqcDirectory(client, progress);
        };
        LOG.debug("Refreshing {} from {}", source.label(), link.uri());
        Path file = download(client, link, source, workFolder, progress);
        verify(file, source, link.uri());
        return file;
    }

    // ---- finding the current files ----

    /** A file to download and the name its publisher gave it. */
    record Link(URI uri, String fileName) {
    }

    private record Page(URI uri, String body) {
    }

    private Link findRegister(HttpClient client, ProgressListener progress) {
        URI api = URI.create(settings.govukBase() + REGISTER_API_PATH);
        progress.progress("Looking up the current register on " + host(api), 0, -1);
        Page page = fetchText(client, api, "application/json", "the register's publication details",
                Source.REGISTER, progress);
        JsonNode root;
        try {
            root = JSON.readTree(page.body());
        } catch (JacksonException e) {
            throw new UserFacingException(api + " did not answer with the publication details IR Watch expects "
                    + "(its answer is not JSON); GOV.UK may have changed its Content API. Nothing was changed. "
                    + advice(Source.REGISTER), e);
        }
        return registerAttachment(root, page.uri()).orElseThrow(() -> new UserFacingException("The register's "
                + "publication on GOV.UK (" + api + ") lists no CSV file, so IR Watch cannot tell which file is the "
                + "current register; GOV.UK may have changed how the publication is laid out. Nothing was changed. "
                + advice(Source.REGISTER)));
    }

    /**
     * The CSV attachment of the publication: {@code details.attachments[]} with {@code url}, {@code content_type},
     * {@code title} and {@code filename}. The Worker and Temporary Worker CSV when it is named so, else the first CSV.
     */
    static Optional<Link> registerAttachment(JsonNode root, URI base) {
        JsonNode attachments = root == null ? null : root.path("details").path("attachments");
        if (attachments == null || !attachments.isArray()) {
            return Optional.empty();
        }
        Link firstCsv = null;
        for (JsonNode attachment : attachments.values()) {
            String url = text(attachment, "url");
            String fileName = text(attachment, "filename");
            String title = text(attachment, "title");
            String contentType = text(attachment, "content_type").toLowerCase(Locale.ROOT);
            if (url.isBlank()) {
                continue;
            }
            Optional<URI> uri = resolve(base, url);
            if (uri.isEmpty()) {
                continue;
            }
            String name = fileName.isBlank() ? lastSegment(uri.get()) : fileName;
            boolean csv = contentType.startsWith("text/csv") || name.toLowerCase(Locale.ROOT).endsWith(".csv");
            if (!csv) {
                continue;
            }
            Link link = new Link(uri.get(), safeFileName(name, "register.csv"));
            if (namesWorkerRegister(fileName) || namesWorkerRegister(title) || namesWorkerRegister(url)) {
                return Optional.of(link);
            }
            if (firstCsv == null) {
                firstCsv = link;
            }
        }
        return Optional.ofNullable(firstCsv);
    }

    private static boolean namesWorkerRegister(String text) {
        return text.toLowerCase(Locale.ROOT).replace(' ', '_').contains("worker_and_temporary_worker");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }

    private Link findCqcDirectory(HttpClient client, ProgressListener progress) {
        URI pageUri = URI.create(settings.cqcBase() + CQC_PAGE_PATH);
        progress.progress("Looking up the current CQC directory on " + host(pageUri), 0, -1);
        Page page = fetchText(client, pageUri, "text/html", "the CQC data page", Source.CQC_DIRECTORY, progress);
        return cqcDirectoryLink(page.body(), page.uri()).orElseThrow(() -> new UserFacingException("The CQC data "
                + "page (" + pageUri + ") has no link to a CQC directory file (a name ending in CQC_directory.csv or "
                + "CQC_directory.zip); CQC may have changed how the page is laid out. Nothing was changed. "
                + advice(Source.CQC_DIRECTORY)));
    }

    /** The first link on the page to a file named like "16_September_2026_CQC_directory.csv" (or .zip). */
    static Optional<Link> cqcDirectoryLink(String html, URI pageUri) {
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String raw = Stream.of(href.group(1), href.group(2), href.group(3)).filter(g -> g != null)
                    .findFirst().orElse("").strip().replace("&amp;", "&");
            Optional<URI> uri = resolve(pageUri, raw);
            if (uri.isEmpty()) {
                continue;
            }
            String name = lastSegment(uri.get());
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("cqc_directory.csv") || lower.endsWith("cqc_directory.zip")) {
                return Optional.of(new Link(uri.get(), safeFileName(name, "CQC_directory.csv")));
            }
        }
        return Optional.empty();
    }

    /** An http(s) address, relative ones resolved against the page; empty for anything else. */
    private static Optional<URI> resolve(URI base, String reference) {
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(new URI(reference.replace(" ", "%20")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String lastSegment(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String segment = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /** The publisher's name, without anything that could leave the download folder or upset a file system. */
    static String safeFileName(String name, String fallback) {
        String cleaned = UNSAFE_IN_FILE_NAME.matcher(name).replaceAll("_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return fallback;
        }
        return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    // ---- HTTP ----

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

    private Page fetchText(HttpClient client, URI uri, String accept, String what, Source source,
                           ProgressListener progress) {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
        HttpResponse<String> response = await(client.sendAsync(request(uri, accept).build(), BodyHandlers.ofString()),
                uri, progress, () -> {
                    if (System.nanoTime() - deadline > 0) {
                        throw unreachable(uri, null);
                    }
                });
        if (response.statusCode() != 200) {
            throw httpError(response.uri(), response.statusCode(), what, source);
        }
        return new Page(response.uri(), response.body());
    }

    private Path download(HttpClient client, Link link, Source source, Path workFolder, ProgressListener progress) {
        Path file = workFolder.resolve(link.fileName());
        String message = "Downloading " + link.fileName() + " from " + host(link.uri());
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
                            throw cannotWrite(file, e);
                        });
                        long bytes = sink.bytes();
                        long now = System.nanoTime();
                        if (bytes != lastBytes[0]) {
                            lastBytes[0] = bytes;
                            lastChange[0] = now;
                        } else if (answered.get() != null && now - lastChange[0] > REQUEST_TIMEOUT.toNanos()) {
                            throw new UserFacingException("The download from " + host(link.uri()) + " stopped: "
                                    + "nothing arrived for " + REQUEST_TIMEOUT.toSeconds() + " seconds (network "
                                    + "lost?). Nothing was changed. Try again, or import a downloaded file instead.");
                        }
                        progress.progress(message, bytes, contentLength(answered.get()));
                    });
            if (response.statusCode() != 200) {
                throw httpError(response.uri(), response.statusCode(), source == Source.REGISTER ? "the register CSV"
                        : "the CQC directory", source);
            }
            sink.close();
            sink.failure().ifPresent(e -> {
                throw cannotWrite(file, e);
            });
            long bytes = sink.bytes();
            long expected = contentLength(response);
            if (bytes == 0) {
                throw new UserFacingException(response.uri() + " sent an empty file where " + source.label()
                        + " should be. Nothing was changed. " + advice(source));
            }
            if (expected >= 0 && bytes != expected) {
                throw new UserFacingException("The download from " + host(link.uri()) + " broke off after "
                        + bytes + " of " + expected + " bytes. Nothing was changed. Try again, or import a "
                        + "downloaded file instead.");
            }
            progress.progress(message, bytes, bytes);
        } catch (IOException e) {
            throw cannotWrite(file, e);
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
            throw networkFailure(e.getCause(), uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            if (!done) {
                exchange.cancel(true);
            }
        }
    }

    // ---- checking what arrived ----

    private void verify(Path file, Source source, URI uri) {
        FileContent content = FileContent.read(file);
        if (looksLikeWebPage(content.bytes())) {
            throw notTheFile(uri, source, "it sent a web page instead (an error, sign-in or \"moved\" page)");
        }
        FileKindDetector.Detected detected;
        try {
            detected = FileKindDetector.detect(content);
        } catch (UserFacingException e) {
            throw notTheFile(uri, source, e.getMessage());
        }
        SnapshotKind expected = source == Source.REGISTER ? SnapshotKind.REGISTER : SnapshotKind.CQC_DIRECTORY;
        if (detected.kind() != expected) {
            throw notTheFile(uri, source, "it sent a " + detected.kind().label() + " instead");
        }
    }

    static boolean looksLikeWebPage(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html") || start.startsWith("<head") || start.startsWith("<body");
    }

    // ---- messages ----

    private UserFacingException notTheFile(URI uri, Source source, String why) {
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return new UserFacingException(uri + " did not send " + source.label() + ": " + reason
                + ". Nothing was changed. " + advice(source));
    }

    private UserFacingException httpError(URI uri, int status, String what, Source source) {
        String phrase = switch (status) {
            case 400 -> " (bad request)";
            case 401, 403 -> " (access refused)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests)";
            case 500 -> " (server error)";
            case 502 -> " (bad gateway)";
            case 503 -> " (service unavailable)";
            case 504 -> " (gateway timeout)";
            default -> "";
        };
        String hint = status >= 500 || status == 429 ? "The site may be busy or down: try again later, or "
                : "The file may have moved: ";
        return new UserFacingException(uri + " answered HTTP " + status + phrase + " when IR Watch asked for "
                + what + ". Nothing was changed. " + hint + lowerFirst(advice(source)));
    }

    private String advice(Source source) {
        return switch (source) {
            case REGISTER -> "Download the CSV from " + settings.govukBase() + REGISTER_PAGE_PATH
                    + " and import it instead.";
            case CQC_DIRECTORY -> "Download the CQC directory from " + settings.cqcBase() + CQC_PAGE_PATH
                    + " and import it instead.";
        };
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static UserFacingException networkFailure(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return userFacing;
            }
            if (t instanceof CancelledException cancelled) {
                throw cancelled;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException || t instanceof NoRouteToHostException
                    || t instanceof HttpTimeoutException) {
                return unreachable(uri, failure);
            }
            if (t instanceof SSLException) {
                return new UserFacingException("IR Watch could not make a secure connection to " + host(uri)
                        + detail(t) + "; a proxy or firewall may be in the way. Nothing was changed. You can import "
                        + "a downloaded file instead.", failure);
            }
        }
        return new UserFacingException("The connection to " + host(uri) + " broke off" + detail(failure)
                + ". Nothing was changed. Try again, or import a downloaded file instead.", failure);
    }

    static UserFacingException unreachable(URI uri, Throwable cause) {
        return new UserFacingException("IR Watch could not reach " + host(uri) + " (no network?). Nothing was "
                + "changed. You can import a downloaded file instead.", cause);
    }

    private static String detail(Throwable t) {
        return t == null || t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage() + ")";
    }

    private static UserFacingException cannotWrite(Path file, IOException e) {
        return new UserFacingException("IR Watch cannot save the download in " + file.getParent() + detail(e)
                + ". Check that the data folder can be written and the disk is not full. Nothing was changed.", e);
    }

    static String host(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String version() {
        String version = SourceRefresher.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    // ---- the download folder ----

    private Path createWorkFolder() {
        try {
            Files.createDirectories(downloads);
            removeStaleWorkFolders();
            return Files.createTempDirectory(downloads, WORK_FOLDER_PREFIX);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch cannot create its downloads folder " + downloads + detail(e)
                    + ". Check that the data folder can be written. Nothing was changed.", e);
        }
    }

    private void removeStaleWorkFolders() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(STALE_WORK_FOLDER));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(downloads, WORK_FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && Files.getLastModifiedTime(folder).compareTo(before) < 0) {
                    delete(folder);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the download folder {}: {}", folder, e.getMessage());
        }
    }

    /**
     * Writes the body of a download to its file as it arrives and counts the bytes. Closing it (from the waiting
     * thread, after a cancel) stops any further write, so the file can be deleted on every system.
     */
    private static final class FileSink implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {

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
}
