package org.irwatch.app.window;

import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.market.ProviderDetailModel;
import org.irwatch.app.market.ProviderDetailView;
import org.irwatch.app.providers.ProvidersView;
import org.irwatch.app.screen.Navigator;
import org.irwatch.app.shell.MainWindow;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;

/** Where a screen or dialog sends the user elsewhere: a provider's detail over the window, a match to review. */
final class WindowNavigator implements Navigator {

    private final MainWindow window;
    private final MarketService market;
    private final CouncilDirectory councils;
    private final TaskExecutor tasks;

    WindowNavigator(MainWindow window, MarketService market, CouncilDirectory councils, TaskExecutor tasks) {
        this.window = window;
        this.market = market;
        this.councils = councils;
        this.tasks = tasks;
    }

    /** Reads the provider afresh in the background (the market may have been read again since), then shows it. */
    @Override
    public void showProvider(String providerId) {
        tasks.run(new BackgroundTask<>("Opening provider " + providerId, progress -> market.provider(providerId)
                .map(p -> new ProviderDetailModel(p, market.data(), market::councilName))), found -> {
                    if (found.isPresent()) {
                        new ProviderDetailView(found.get(), this, window.root().getScene().getWindow()).show();
                    } else {
                        tasks.announce("Provider " + providerId + " is not in the CQC data held");
                    }
                });
    }

    /**
     * The review queue is the area's: when the provider has no location in the chosen area, the area becomes the
     * provider's own council, shown in the picker.
     */
    @Override
    public void reviewMatch(MarketProvider provider) {
        if (provider.councils().stream().noneMatch(market.councilCodes(window.chosenScope())::contains)) {
            provider.homeCouncil().flatMap(councils::byGssCode)
                    .ifPresent(council -> window.chooseScope(new Scope.CouncilScope(council)));
        }
        ProvidersView providers = window.screen(ProvidersView.class);
        providers.openReview(provider.providerId());
        window.show(providers);
    }

    @Override
    public void reviewQueue() {
        ProvidersView providers = window.screen(ProvidersView.class);
        providers.openReview(null);
        window.show(providers);
    }
}
