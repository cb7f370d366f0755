package org.irwatch.core.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

    private static final Region WEST_MIDLANDS = new Region("E12000005", "West Midlands", "West Midlands");
    private static final Region EAST = new Region("E12000006", "East of England", "East");
    private static final Council BIRMINGHAM = new Council("E08000025", "Birmingham", "Birmingham City Council",
            CouncilType.METROPOLITAN_DISTRICT, WEST_MIDLANDS, List.of());
    private static final Council NORFOLK = new Council("E10000020", "Norfolk", "Norfolk County Council",
            CouncilType.COUNTY, EAST, List.of());

    private final CouncilDirectory directory = new CouncilDirectory(List.of(BIRMINGHAM, NORFOLK));

    @Test
    void englandIsReadBackFromItsKey() {
        Scope england = Scope.england();

        assertThat(england.key()).isEqualTo("england");
        assertThat(Scope.fromKey(england.key(), directory, List.of())).contains(england);
    }

    @Test
    void regionIsReadBackFromItsKey() {
        Scope region = new Scope.RegionScope(EAST);

        assertThat(region.key()).isEqualTo("region:E12000006");
        assertThat(Scope.fromKey(region.key(), directory, List.of())).contains(region);
        assertThat(region.label()).isEqualTo("East of England (region)");
    }

    @Test
    void councilIsReadBackFromItsKey() {
        Scope council = new Scope.CouncilScope(BIRMINGHAM);

        assertThat(council.key()).isEqualTo("council:E08000025");
        assertThat(Scope.fromKey(council.key(), directory, List.of())).contains(council);
        assertThat(council.label()).isEqualTo("Birmingham");
    }

    @Test
    void noStoredKeyMeansEngland() {
        assertThat(Scope.fromKey(null, directory, List.of())).contains(Scope.england());
    }

    @Test
    void partnershipIsReadBackFromItsKeyByItsName() {
        Partnership partnership = new Partnership("Norfolk and Birmingham", List.of(NORFOLK, BIRMINGHAM));
        Scope scope = new Scope.PartnershipScope(partnership);

        assertThat(scope.key()).isEqualTo("partnership:Norfolk and Birmingham");
        assertThat(Scope.fromKey(scope.key(), directory, List.of(partnership))).contains(scope);
        assertThat(Scope.fromKey("partnership:norfolk and birmingham", directory, List.of(partnership)))
                .contains(scope);
        assertThat(scope.label()).isEqualTo("Norfolk and Birmingham (partnership)");
        assertThat(partnership.councilNames()).isEqualTo("Birmingham, Norfolk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"council:E06000999", "region:E12000099", "county:E10000020", "E08000025", "",
        "partnership:Removed since"})
    void unknownKeyGivesNoScope(String key) {
        assertThat(Scope.fromKey(key, directory, List.of())).isEqualTo(Optional.empty());
    }
}
