package org.irwatch.core.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A chart's bars by council (GSS code). A reader can label some twenty bars; past that, England's 150 councils
 * would overlap, so only the {@value #EACH_END} highest and {@value #EACH_END} lowest keep a bar of their own and
 * the councils between them share one bar under {@link #OTHERS}, placed between the two ends.
 *
 * @param bars the bars in the order drawn
 * @param others the councils folded into the {@link #OTHERS} bar; empty when every council has its own
 */
public record CouncilBars<B>(Map<String, B> bars, List<String> others) {

    /** How many councils keep their own bar at each end of a long chart. */
    public static final int EACH_END = 10;
    /** The key of the bar standing for the councils between the highest and lowest. */
    public static final String OTHERS = "other-councils";

    public CouncilBars {
        bars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bars));
        others = List.copyOf(others);
    }

    /** The bar's label: the council's name, or how many councils the others' bar stands for. */
    public String label(String key, Function<String, String> councilName) {
        return OTHERS.equals(key) ? "Other " + others.size() + " councils" : councilName.apply(key);
    }

    /**
     * The councils' groups in {@code order} while few enough to label; otherwise the highest and lowest by
     * {@code rank} (highest first) around one bar of the rest.
     *
     * @param groups what each council's bar is made from (its locations or events)
     * @param merge  the groups of several councils as one (an event in two of them counted once)
     * @param bar    the bar drawn from a group
     */
    static <G, B> CouncilBars<B> of(Map<String, G> groups, Comparator<String> order, ToDoubleFunction<G> rank,
                                    Function<List<G>, G> merge, Function<G, B> bar) {
        Map<String, B> bars = new LinkedHashMap<>();
        if (groups.size() <= 2 * EACH_END + 1) {
            groups.keySet().stream().sorted(order).forEach(c -> bars.put(c, bar.apply(groups.get(c))));
            return new CouncilBars<>(bars, List.of());
        }
        List<String> ranked = groups.keySet().stream().sorted(Comparator.comparingDouble(
                (String c) -> -rank.applyAsDouble(groups.get(c))).thenComparing(order)).toList();
        List<String> middle = ranked.subList(EACH_END, ranked.size() - EACH_END);
        ranked.subList(0, EACH_END).forEach(c -> bars.put(c, bar.apply(groups.get(c))));
        List<G> folded = new ArrayList<>();
        middle.forEach(c -> folded.add(groups.get(c)));
        bars.put(OTHERS, bar.apply(merge.apply(folded)));
        ranked.subList(ranked.size() - EACH_END, ranked.size()).forEach(c -> bars.put(c, bar.apply(groups.get(c))));
        return new CouncilBars<>(bars, middle);
    }
}
