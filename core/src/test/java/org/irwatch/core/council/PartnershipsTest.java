package org.irwatch.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;

class PartnershipsTest {

    private static final Region WEST_MIDLANDS = new Region("E12000005", "West Midlands", "West Midlands");
    private static final Council COVENTRY = new Council("E08000026", "Coventry", "Coventry City Council",
            CouncilType.METROPOLITAN_DISTRICT, WEST_MIDLANDS, List.of());
    private static final Council WARWICKSHIRE = new Council("E10000031", "Warwickshire", "Warwickshire County Council",
            CouncilType.COUNTY, WEST_MIDLANDS, List.of());
    private static final Council KENT = new Council("E10000016", "Kent", "Kent County Council", CouncilType.COUNTY,
            new Region("E12000008", "South East", "South East"), List.of());

    private final InMemory repository = new InMemory();
    private final Partnerships partnerships = new Partnerships(repository,
            new CouncilDirectory(List.of(COVENTRY, WARWICKSHIRE, KENT)));

    @Test
    void aPartnershipOfCouncilsAcrossRegionsIsKeptWithItsCouncilsInNameOrder() {
        Partnership added = partnerships.add(" Coventry, Warwickshire and Kent ",
                List.of("Warwickshire County Council", "coventry", "Kent", "Coventry"));

        assertThat(added.name()).isEqualTo("Coventry, Warwickshire and Kent");
        assertThat(added.councils()).containsExactly(COVENTRY, KENT, WARWICKSHIRE);
        assertThat(partnerships.named("coventry warwickshire and kent")).contains(added);
    }

    @Test
    void unknownCouncilsAreRefusedTogetherWithCloseNames() {
        assertThatThrownBy(() -> partnerships.add("CW", List.of("Coventy", "Warwickshire", "Atlantis")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("No council is called \"Coventy\" (did you mean Coventry?), \"Atlantis\". Give councils' "
                        + "names separated by commas, e.g. \"Coventry,Warwickshire\".");
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void aNameTakenByAnotherPartnershipOrACouncilIsRefused() {
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));

        assertThatThrownBy(() -> partnerships.add("coventry & warwickshire", List.of("Kent")))
                .hasMessageStartingWith("There is already a partnership called \"Coventry and Warwickshire\".");
        assertThatThrownBy(() -> partnerships.add("Kent", List.of("Kent")))
                .hasMessageStartingWith("\"Kent\" is already the name of a council or region.");
        assertThatThrownBy(() -> partnerships.add("  ", List.of("Kent"))).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> partnerships.add("Nobody", List.of())).hasMessageContaining("at least one council");
    }

    @Test
    void aPartnershipCanBeRenamedAndItsCouncilsChanged() {
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));

        partnerships.save("Coventry and Warwickshire", "C and W", List.of(COVENTRY));

        assertThat(partnerships.all()).extracting(Partnership::name).containsExactly("C and W");
        assertThat(partnerships.named("C and W").orElseThrow().councils()).containsExactly(COVENTRY);
    }

    @Test
    void removingNamesTheOnesThereAreWhenTheNameIsUnknown() {
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));

        assertThatThrownBy(() -> partnerships.remove("Kent partnership"))
                .hasMessage("There is no partnership called \"Kent partnership\". Recorded: Coventry and Warwickshire.");
        assertThat(partnerships.remove("coventry and warwickshire").name()).isEqualTo("Coventry and Warwickshire");
        assertThat(partnerships.all()).isEmpty();
    }

    private static final class InMemory implements PartnershipRepository {
        private final List<Partnership> kept = new ArrayList<>();

        @Override
        public List<Partnership> all() {
            return List.copyOf(kept);
        }

        @Override
        public void save(Partnership partnership, String replacing) {
            if (replacing != null) {
                remove(replacing);
            }
            kept.add(partnership);
        }

        @Override
        public boolean remove(String name) {
            return kept.removeIf(p -> p.name().equalsIgnoreCase(name));
        }
    }
}
