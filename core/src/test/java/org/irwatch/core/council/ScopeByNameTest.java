package org.irwatch.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScopeByNameTest {

    private static final Region WEST_MIDLANDS = new Region("E12000005", "West Midlands", "West Midlands");
    private static final Region YORKSHIRE = new Region("E12000003", "Yorkshire and The Humber",
            "Yorkshire & Humberside");
    private static final Council BIRMINGHAM = new Council("E08000025", "Birmingham", "Birmingham City Council",
            CouncilType.METROPOLITAN_DISTRICT, WEST_MIDLANDS, List.of());
    private static final Council BRADFORD = new Council("E08000032", "Bradford", "City of Bradford Metropolitan "
            + "District Council", CouncilType.METROPOLITAN_DISTRICT, YORKSHIRE, List.of());
    private static final Council KENT = new Council("E10000016", "Kent", "Kent County Council", CouncilType.COUNTY,
            new Region("E12000008", "South East", "South East"), List.of());

    private final CouncilDirectory directory = new CouncilDirectory(List.of(BIRMINGHAM, BRADFORD, KENT));
    private final List<Partnership> partnerships = List.of(new Partnership("Kent and Bradford", List.of(KENT, BRADFORD)));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Birmingham                          | council:E08000025
            '  birmingham '                     | council:E08000025
            Birmingham City Council             | council:E08000025
            kent county council                 | council:E10000016
            West Midlands                       | region:E12000005
            West Midlands (region)              | region:E12000005
            Yorkshire & Humberside              | region:E12000003
            England                             | england
            Kent and Bradford                   | partnership:Kent and Bradford
            kent & bradford (partnership)       | partnership:Kent and Bradford
            """)
    void namesAreAcceptedAsTheAreaPickerAndTheSourcesWriteThem(String name, String key) {
        assertThat(ScopeByName.find(name, directory, partnerships).key()).isEqualTo(key);
    }

    @Test
    void anUnknownNameIsRefusedWithTheCloseNamesOffered() {
        assertThatThrownBy(() -> ScopeByName.find("Brimingham", directory, partnerships))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("No council, region or partnership is called \"Brimingham\". Did you mean: Birmingham?");
        assertThatThrownBy(() -> ScopeByName.find("Bradfrd", directory, partnerships)).hasMessageEndingWith("Did you mean: Bradford?");
    }

    @Test
    void aNameLikeNoneSaysWhatKindOfNameToGive() {
        assertThatThrownBy(() -> ScopeByName.find("Atlantis", directory, partnerships))
                .hasMessageContaining("Give a council's name, e.g. \"Birmingham\"");
    }

    @Test
    void aMistypedPartnershipIsOfferedByItsName() {
        assertThatThrownBy(() -> ScopeByName.find("Kent and Bradfort", directory, partnerships))
                .hasMessageEndingWith("Did you mean: Kent and Bradford, Kent?");
    }
}
