package org.irwatch.data.refresh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.refresh.RefreshService.Source;
import org.irwatch.core.refresh.RefreshSettings;

/**
 * The sentences a refresh fails with: what went wrong in plain words, that nothing was changed, and what the user
 * can do instead (usually: download the file by hand from the page named, and import it).
 */
final class RefreshMessages {

    private final RefreshSettings settings;

    RefreshMessages(RefreshSettings settings) {
        this.settings = settings;
    }

    UserFacingException notTheFile(URI uri, Source source, String why) {
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return new UserFacingException(uri + " did not send " + source.label() + ": " + reason
                + ". Nothing was changed. " + advice(source));
    }

    UserFacingException httpError(URI uri, int status, String what, Source source) {
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

    /** Where to download the source's file by hand, to import it instead. */
    String advice(Source source) {
        return switch (source) {
            case REGISTER -> "Download the CSV from " + settings.govukBase() + SourceLinkFinder.REGISTER_PAGE_PATH
                    + " and import it instead.";
            case CQC_DIRECTORY -> "Download the CQC directory from " + settings.cqcBase() + SourceLinkFinder.CQC_PAGE_PATH
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

    static String detail(Throwable t) {
        return t == null || t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage() + ")";
    }

    static UserFacingException cannotWrite(Path file, IOException e) {
        return new UserFacingException("IR Watch cannot save the download in " + file.getParent() + detail(e)
                + ". Check that the data folder can be written and the disk is not full. Nothing was changed.", e);
    }

    static String host(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
