package org.irwatch.core.market;

/**
 * A headline figure as the screens and the workbook show it: its value and its share of its whole, or no value when
 * the data held cannot give it (the CQC file had no column to count it from, or the register is not matched yet),
 * never a false 0.
 *
 * @param value null when the figure is missing from the data held
 * @param share of {@link FigureShare#wholeOf its whole}, 0..1; null when it has none, or either is missing
 * @param why why the value is missing; null when it is not
 */
public record FigureValue(MarketFigure figure, Integer value, Double share, WhyMissing why) {

    public static FigureValue missing(MarketFigure figure, WhyMissing why) {
        return new FigureValue(figure, null, null, why);
    }

    public static FigureValue of(MarketFigure figure, int value, Double share) {
        return new FigureValue(figure, value, share, null);
    }

    public boolean missing() {
        return value == null;
    }

    /** The value as text, or the sentence saying why it is missing and what gives it. */
    public String text() {
        return missing() ? why.sentence() : String.format("%,d", value);
    }
}
