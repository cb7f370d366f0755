package org.irwatch.core.refresh;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;

/**
 * Where the publishers are: the GOV.UK site (its Content API lists the register's current CSV) and the CQC site
 * (its "Using CQC data" page links the current directory). Other addresses serve tests and mirrors.
 *
 * @param govukBase e.g. {@code https://www.gov.uk}, without a trailing slash
 * @param cqcBase e.g. {@code https://www.cqc.org.uk}, without a trailing slash
 */
public record RefreshSettings(URI govukBase, URI cqcBase) {

    public static final URI DEFAULT_GOVUK = URI.create("https://www.gov.uk");
    public static final URI DEFAULT_CQC = URI.create("https://www.cqc.org.uk");
    public static final String GOVUK_URL_VARIABLE = "IRWATCH_GOVUK_URL";
    public static final String CQC_URL_VARIABLE = "IRWATCH_CQC_URL";

    public RefreshSettings {
        govukBase = checked("GOV.UK", govukBase);
        cqcBase = checked("CQC", cqcBase);
    }

    public static RefreshSettings defaults() {
        return new RefreshSettings(DEFAULT_GOVUK, DEFAULT_CQC);
    }

    /** The defaults, with {@value #GOVUK_URL_VARIABLE} and {@value #CQC_URL_VARIABLE} when set. */
    public static RefreshSettings fromEnvironment(Map<String, String> environment) {
        RefreshSettings settings = defaults();
        String govuk = environment.get(GOVUK_URL_VARIABLE);
        if (govuk != null && !govuk.isBlank()) {
            settings = settings.withGovukBase(parse("GOV.UK", GOVUK_URL_VARIABLE, govuk));
        }
        String cqc = environment.get(CQC_URL_VARIABLE);
        if (cqc != null && !cqc.isBlank()) {
            settings = settings.withCqcBase(parse("CQC", CQC_URL_VARIABLE, cqc));
        }
        return settings;
    }

    public RefreshSettings withGovukBase(URI base) {
        return new RefreshSettings(base, cqcBase);
    }

    public RefreshSettings withCqcBase(URI base) {
        return new RefreshSettings(govukBase, base);
    }

    /**
     * A web address typed by a user (an option or an environment variable).
     *
     * @param publisher "GOV.UK" or "CQC", for the message
     * @param setting where the text came from, e.g. "--govuk-url" or "IRWATCH_GOVUK_URL", for the message
     */
    public static URI parse(String publisher, String setting, String text) {
        try {
            return checked(publisher, new URI(text.strip()));
        } catch (URISyntaxException | UserFacingException e) {
            throw new UserFacingException(setting + " must be a web address such as " + example(publisher)
                    + "; '" + text + "' is not one.", e);
        }
    }

    private static URI checked(String publisher, URI base) {
        if (base == null) {
            throw new UserFacingException("No web address is set for " + publisher + ".");
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!base.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null
                || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new UserFacingException("The " + publisher + " address '" + base + "' is not a web address such as "
                    + example(publisher) + ".");
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + base.getRawAuthority() + path);
    }

    private static String example(String publisher) {
        return publisher.equals("CQC") ? DEFAULT_CQC.toString() : DEFAULT_GOVUK.toString();
    }
}
