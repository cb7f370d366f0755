package org.irwatch.app.charts;

/** The five charts of the Charts screen, in the order of the workbook's Charts sheet. */
public enum ChartKind {
    ACTIONS_BY_COUNCIL("Suspensions and revocations by council", "By council"),
    ACTIONS_BY_MONTH("Suspensions and revocations by month", "By month"),
    WORKERS_BY_COUNCIL("Workers at sponsors with locations in the council (upper bound, not to be added up)",
            "Workers (upper bound)"),
    SPONSOR_SHARE("Share of locations run by sponsors, by council", "Sponsor share"),
    RATINGS_MIX("Locations by CQC rating", "Ratings");

    private final String title;
    private final String tab;

    ChartKind(String title, String tab) {
        this.title = title;
        this.tab = tab;
    }

    public String title() {
        return title;
    }

    public String tab() {
        return tab;
    }
}
