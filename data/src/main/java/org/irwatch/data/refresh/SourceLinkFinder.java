package org.irwatch.data.refresh;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.refresh.RefreshService.Source;
import org.irwatch.core.refresh.RefreshSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where each source's current file is: the register's CSV through the GOV.UK Content API (its address changes
 * with every publication), the CQC directory through the link on CQC's "Using CQC data" page.
 */
final class SourceLinkFinder {

    static final String REGISTER_API_PATH = "/api/content/government/publications/register-of-licensed-sponsors-workers";
    static final String REGISTER_PAGE_PATH = "/government/publications/register-of-licensed-sponsors-workers";
    static final String CQC_PAGE_PATH = "/about-us/transparency/using-cqc-data";

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

    /** A file to download and the name its publisher gave it. */
    record Link(URI uri, String fileName) {
    }

    private final RefreshSettings settings;
    private final RefreshMessages messages;
    private final HttpDownloader http;

    SourceLinkFinder(RefreshSettings settings, RefreshMessages messages, HttpDownloader http) {
        this.settings = settings;
        this.messages = messages;
        this.http = http;
    }

    /** The current file of the source, looked up on its publisher's site. */
    Link find(Source source, ProgressListener progress) {
        return switch (source) {
            case REGISTER -> findRegister(progress);
            case CQC_DIRECTORY -> findCqcDirectory(progress);
        };
    }

    private Link findRegister(ProgressListener progress) {
        URI api = URI.create(settings.govukBase() + REGISTER_API_PATH);
        progress.progress("Looking up the current register on " + RefreshMessages.host(api), 0, -1);
        HttpDownloader.Page page = http.fetchText(api, "application/json", "the register's publication details",
                Source.REGISTER, progress);
        JsonNode root;
        try {
            root = JSON.readTree(page.body());
        } catch (JacksonException e) {
            throw new UserFacingException(api + " did not answer with the publication details IR Watch expects "
                    + "(its answer is not JSON); GOV.UK may have changed its Content API. Nothing was changed. "
                    + messages.advice(Source.REGISTER), e);
        }
        return registerAttachment(root, page.uri()).orElseThrow(() -> new UserFacingException("The register's "
                + "publication on GOV.UK (" + api + ") lists no CSV file, so IR Watch cannot tell which file is the "
                + "current register; GOV.UK may have changed how the publication is laid out. Nothing was changed. "
                + messages.advice(Source.REGISTER)));
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

    private Link findCqcDirectory(ProgressListener progress) {
        URI pageUri = URI.create(settings.cqcBase() + CQC_PAGE_PATH);
        progress.progress("Looking up the current CQC directory on " + RefreshMessages.host(pageUri), 0, -1);
        HttpDownloader.Page page = http.fetchText(pageUri, "text/html", "the CQC data page", Source.CQC_DIRECTORY, progress);
        return cqcDirectoryLink(page.body(), page.uri()).orElseThrow(() -> new UserFacingException("The CQC data "
                + "page (" + pageUri + ") has no link to a CQC directory file (a name ending in CQC_directory.csv or "
                + "CQC_directory.zip); CQC may have changed how the page is laid out. Nothing was changed. "
                + messages.advice(Source.CQC_DIRECTORY)));
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
}
