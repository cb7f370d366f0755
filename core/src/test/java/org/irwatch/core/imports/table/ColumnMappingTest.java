package org.irwatch.core.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.settings.InMemorySettings;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    enum Pet implements ImportField {
        NAME("name", "Name"), BORN("born", "Date of birth"), OWNER("owner", "Owner"), SECRET("secret", "Secret");

        private final String code;
        private final String label;

        Pet(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** "owner" is tried before "name", so "Owner name" is the owner. SECRET is never imported. */
    static final FieldCatalogue<Pet> PETS = new FieldCatalogue<>(Pet.class, "a pet", List.of(Pet.NAME, Pet.BORN,
            Pet.OWNER), List.of(Pet.NAME, Pet.BORN), List.of(Map.entry(Pet.OWNER, List.of("owner")),
            Map.entry(Pet.BORN, List.of("born", "birth")), Map.entry(Pet.NAME, List.of("name"))));

    private static final SheetTable TABLE = new SheetTable("pets.csv", List.of("Owner name", "Pet name", "Colour"),
            List.of(new SheetTable.Row(2, List.of("Ann", "=HYPERLINK(\"x\")", "black"))));

    @Test
    void guessesFromTheHeadersWithTheMoreParticularHintFirst() {
        ColumnMapping<Pet> mapping = ColumnMapping.guess(PETS, TABLE.header());

        assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(Pet.OWNER, "Owner name",
                Pet.NAME, "Pet name"));
        assertThat(mapping.missing()).containsExactly(Pet.BORN);
        assertThatThrownBy(() -> mapping.checkAgainst(TABLE)).isInstanceOf(UserFacingException.class)
                .hasMessage("pets.csv cannot be imported: no column is chosen for Date of birth. Its columns are: "
                        + "Owner name, Pet name, Colour. Nothing was imported.");
    }

    @Test
    void theCommandLineMappingTakesCodesOfThisKindOnly() {
        ColumnMapping<Pet> mapping = ColumnMapping.guess(PETS, TABLE.header()).parse("Colour=born, Owner name=none");

        assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(Pet.NAME, "Pet name",
                Pet.BORN, "Colour"));
        assertThatThrownBy(() -> mapping.parse("Colour=secret")).isInstanceOf(UserFacingException.class)
                .hasMessage("--mapping: 'secret' is not a field of a pet. Fields: name, born, owner (or none).");
        assertThatThrownBy(() -> mapping.parse("Colour")).hasMessageContaining("has no '='");
        assertThat(ColumnMapping.decode(PETS, mapping.encode() + "secret\tColour\n")).isEqualTo(mapping);
    }

    @Test
    void aBadCellBecomesAProblemNamingItsRowAndColumn() {
        List<RowProblem> problems = new ArrayList<>();
        ColumnMapping<Pet> mapping = ColumnMapping.guess(PETS, TABLE.header()).with("Colour", Pet.BORN);
        MappedRow<Pet> row = new MappedRow<>(TABLE, mapping, TABLE.rows().getFirst(), problems);

        Object born = row.value(Pet.BORN, text -> {
            throw new BadValueException("'" + text + "' is not a date.");
        });

        assertThat(born).isNull();
        assertThat(row.hasProblem(Pet.BORN)).isTrue();
        assertThat(row.text(Pet.NAME)).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(problems).extracting(RowProblem::describe)
                .containsExactly("row 2, Colour 'black': 'black' is not a date.");
    }

    @Test
    void eachKindRemembersItsOwnMappings() {
        InMemorySettings settings = new InMemorySettings();
        RememberedMappings<Pet> pets = new RememberedMappings<>(settings, "pets.mapping.", PETS);
        RememberedMappings<Pet> vets = new RememberedMappings<>(settings, "vets.mapping.", PETS);
        ColumnMapping<Pet> chosen = ColumnMapping.guess(PETS, TABLE.header()).with("Colour", Pet.BORN);

        pets.remember(List.of("Colour", "pet name", "Owner name"), chosen);

        assertThat(pets.isRemembered(TABLE.header())).isTrue();
        assertThat(pets.offer(TABLE.header())).isEqualTo(chosen);
        assertThat(vets.isRemembered(TABLE.header())).isFalse();
        assertThat(settings.names()).allMatch(name -> name.startsWith("pets.mapping.") && name.length() <= 100);
    }
}
