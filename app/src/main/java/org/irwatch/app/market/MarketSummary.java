package org.irwatch.app.market;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.irwatch.core.market.MarketFigure;

/**
 * What the Market screen last showed of an area, as the user saw it, with the fingerprint of the data it came from:
 * kept so the next start can show it at once, marked as the last session's, while the market is read again
 * (docs/decisions/0026-market-summary-at-start-up.md).
 *
 * @param scopeKey    the area's {@code Scope.key()}
 * @param dataVersion {@code MarketService.dataVersion()} when the figures were read
 * @param texts       each tile's value and detail line, by {@link #valueKey} and {@link #detailKey}
 */
record MarketSummary(String scopeKey, String dataVersion, String heading, String dates, Map<String, String> texts) {

    private static final String SCOPE = "scope";
    private static final String VERSION = "version";
    private static final String HEADING = "heading";
    private static final String DATES = "dates";

    String value(MarketFigure figure) {
        return texts.getOrDefault(valueKey(figure), "–");
    }

    String detail(MarketFigure figure) {
        return texts.getOrDefault(detailKey(figure), "");
    }

    static String valueKey(MarketFigure figure) {
        return "figure." + figure.name() + ".value";
    }

    static String detailKey(MarketFigure figure) {
        return "figure." + figure.name() + ".detail";
    }

    /** As a properties text, small enough for one setting. */
    String encode() {
        Properties properties = new Properties();
        properties.putAll(texts);
        properties.setProperty(SCOPE, scopeKey);
        properties.setProperty(VERSION, dataVersion);
        properties.setProperty(HEADING, heading);
        properties.setProperty(DATES, dates);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /** The summary in {@code text}; empty when the text is not one (an older or damaged setting). */
    static Optional<MarketSummary> decode(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("figure."))
                .forEach(name -> texts.put(name, properties.getProperty(name)));
        String scope = properties.getProperty(SCOPE);
        String version = properties.getProperty(VERSION);
        if (scope == null || version == null || texts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MarketSummary(scope, version, properties.getProperty(HEADING, ""),
                properties.getProperty(DATES, ""), texts));
    }
}
