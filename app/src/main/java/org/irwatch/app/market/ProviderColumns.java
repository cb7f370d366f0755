package org.irwatch.app.market;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.irwatch.app.common.HeldCountColumn;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;

/** The columns every market list shows of a provider, and opening its detail from a row. */
final class ProviderColumns {

    private ProviderColumns() {
    }

    static <S> TableColumn<S, String> name(Function<S, MarketProvider> provider) {
        TableColumn<S, String> column = Tables.column("Provider", 240, (S row) -> provider.apply(row).name());
        column.setMinWidth(160);
        return column;
    }

    static <S> TableColumn<S, String> sponsor(Function<S, MarketProvider> provider) {
        TableColumn<S, String> column = Tables.column("Sponsor (register)", 220,
                (S row) -> provider.apply(row).sponsorName());
        column.setMinWidth(120);
        return column;
    }

    /** The match band, written; empty for a provider that is not a sponsor. */
    static <S> TableColumn<S, String> band(Function<S, MarketProvider> provider) {
        return Tables.column("Match", 80, (S row) -> {
            MarketProvider p = provider.apply(row);
            return p.band() == null ? "" : p.band().label();
        });
    }

    static <S> TableColumn<S, String> status(Function<S, MarketProvider> provider) {
        return Tables.column("Licence", 120, (S row) -> {
            MarketProvider p = provider.apply(row);
            return p.hasSponsorMatch() || !p.events().isEmpty() || p.formerSponsor() != null ? p.status().label() : "";
        });
    }

    /** A care home's beds, "not in this file" when the CQC file held none; blank for other services. */
    static <S> TableColumn<S, Long> beds(Function<S, MarketLocation> location, Supplier<MarketData> data) {
        TableColumn<S, Long> beds = HeldCountColumn.of("Beds", 100, (S row) -> location.apply(row).careHome()
                ? (long) location.apply(row).beds() : null, () -> data.get().holds(CqcColumn.BEDS));
        beds.setMinWidth(100);  // room for "not in this file"
        return beds;
    }

    /** Double-click or Enter on a row opens the provider's detail; rows without a provider open nothing. */
    static <S> void opensDetail(TableView<S> table, Function<S, MarketProvider> provider, Navigator navigator) {
        Tables.onOpen(table, row -> {
            MarketProvider p = provider.apply(row);
            if (p != null) {
                navigator.showProvider(p.providerId());
            }
        });
    }
}
