package org.irwatch.core.market;

/**
 * A headline figure as the screens and the workbook show it: its value and its share of its whole, or no value when
 * the CQC file held no column to count it from ({@link MarketFigure#sourceColumn}), never a false 0.
 *
 * @param value null when the figure is missing from the data held
 * @param share of {@link FigureShare#wholeOf its whole}, 0..1; null when it has none, or either is missing
 */
public record FigureValue(MarketFigure figure, Integer value, Double share) {

    public boolean missing() {
        return value == null;
    }

    /** The value as text, or the sentence saying which file would give it. */
    public String text() {
        return missing() ? CqcColumn.NOT_IN_FILE_SENTENCE : String.format("%,d", value);
    }
}
