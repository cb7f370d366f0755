package org.irwatch.data.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.events.AuditEntry;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events list's provider names, read in one query, are the names the market gives the same providers. */
class EventProviderNamesTest {

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final JooqEventRepository events = new JooqEventRepository(database.dsl());

    @BeforeEach
    void loadTheDemo() {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void namesAreThoseTheNewestCqcDataGivesTheEventsProviders() {
        MarketData market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
                JooqMarketRows.assemblerOver(database.dsl())).data();
        Map<String, String> expected = new HashMap<>();
        events.listAll().stream().map(EnforcementEvent::cqcProviderId).filter(Objects::nonNull)
                .forEach(id -> market.provider(id).ifPresent(p -> expected.put(id, p.name())));

        assertThat(expected).isNotEmpty();
        assertThat(events.providerNames()).isEqualTo(expected);
    }

    @Test
    void aDeletedEventsProviderIsNotNamed() {
        EnforcementEvent deleted = events.listAll().stream().filter(e -> e.cqcProviderId() != null)
                .filter(e -> events.listAll().stream().filter(o -> e.cqcProviderId().equals(o.cqcProviderId()))
                        .count() == 1)
                .filter(e -> events.providerNames().containsKey(e.cqcProviderId()))
                .findFirst().orElseThrow();

        events.setDeleted(deleted.id(), true, new AuditEntry(deleted.id(), Instant.now(), "test", AuditEntry.Kind.DELETED,
                List.of()));

        assertThat(events.providerNames()).doesNotContainKey(deleted.cqcProviderId()).isNotEmpty();
    }
}
