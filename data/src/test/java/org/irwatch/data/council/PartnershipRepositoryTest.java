package org.irwatch.data.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Partnerships;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PartnershipRepositoryTest {

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final Partnerships partnerships = new Partnerships(new JooqPartnershipRepository(database.dsl(), councils),
            councils);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPartnershipIsStoredWithItsCouncilsAndReadBackByName() {
        partnerships.add("Shropshire, Telford and Wrekin", List.of("Telford and Wrekin", "Shropshire"));
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));

        assertThat(partnerships.all()).extracting(Partnership::name)
                .containsExactly("Coventry and Warwickshire", "Shropshire, Telford and Wrekin");
        assertThat(partnerships.named("COVENTRY AND WARWICKSHIRE").orElseThrow().councils())
                .extracting(Council::gssCode).containsExactly("E08000026", "E10000031");
    }

    @Test
    void replacingAndRemovingLeaveTheOthersAlone() {
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));
        partnerships.add("Staffordshire and Stoke-on-Trent", List.of("Staffordshire", "Stoke-on-Trent"));

        partnerships.save("Coventry and Warwickshire", "Coventry, Solihull and Warwickshire",
                partnerships.councils(List.of("Coventry", "Solihull", "Warwickshire")));
        partnerships.remove("Staffordshire and Stoke-on-Trent");

        assertThat(partnerships.all()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Coventry, Solihull and Warwickshire");
            assertThat(p.councilNames()).isEqualTo("Coventry, Solihull, Warwickshire");
        });
        assertThatThrownBy(() -> partnerships.remove("Staffordshire and Stoke-on-Trent"))
                .hasMessageStartingWith("There is no partnership called");
    }
}
