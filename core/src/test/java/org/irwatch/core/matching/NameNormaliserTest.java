package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Meadowview Care Ltd                   | MEADOWVIEW CARE LIMITED
            Meadowview Care Ltd                   | Meadowview Care Limted
            Meadowview Care Ltd                   | Meadowview Care Ltd Ltd
            Meadowview Care PVT LTD               | Meadowview Care Limited
            Smith & Jones Care Ltd                | Smith and Jones Care Limited
            S.M.S. Care Ltd                       | SMS CARE LTD
            Oakleaf Care (The)                    | The Oakleaf Care
            Oakleaf Care Ltd 09876543             | Oakleaf Care Limited
            C0MFORT Care Ltd                      | Comfort Care Ltd
            St. Anne's Care Home Ltd              | St Annes Care Home Limited
            Calderdale MBC                        | Calderdale Metropolitan Borough Council
            Aspire: for Care and Support C.I.C    | Aspire for Care and Support CIC
            Blackpool Borough Council             | BLACKPOOL COUNCIL
            London Borough of Harrow              | Harrow Council
            London Borough Haringey               | Haringey Council
            Portsmouth City Council               | Portsmouth Local Authority
            City of Doncaster Council             | Doncaster City Council
            City of Bradford Metropolitan District Council | Bradford Council
            Manchester City Council - Adult Directorate    | Manchester City Council
            Coventry Partnership NHS Trust        | Coventry Partnership Trust
            """)
    void namesThatDifferOnlyInFormPrepareAlike(String one, String other) {
        assertThat(NameNormaliser.prepare(one).text()).isEqualTo(NameNormaliser.prepare(other).text());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Care with Hope Ltd                            | Care with Pride Ltd
            Four Seasons Health Care (England) Ltd        | Four Seasons Health Care Ltd
            Bluebird Care (UK) Ltd                        | Bluebird Care Ltd
            Somerset County Council                       | Somerset Council
            Sandbach Town Council                         | Sandbach Council
            NHS Professionals Ltd                         | Professionals Ltd
            """)
    void differentEntitiesStayApartInWordsOrQualifiers(String one, String other) {
        ComparableName a = NameNormaliser.prepare(one);
        ComparableName b = NameNormaliser.prepare(other);
        assertThat(a.text().equals(b.text()) && a.qualifiers().equals(b.qualifiers())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Care Ltd t/a Rosewood House       | acme care | rosewood house
            ACME CARE LTD T/A ROSEWOOD HOUSE       | acme care | rosewood house
            Acme Care Limited trading as Rosewood  | acme care | rosewood
            Acme Care Ltd TA Rosewood House        | acme care | rosewood house
            """)
    void tradingNamesAreSplitOff(String name, String primary, String tradingName) {
        ComparableName prepared = NameNormaliser.prepare(name);
        assertThat(prepared.text()).isEqualTo(primary);
        assertThat(prepared.tradingNames()).extracting(ComparableName::text).containsExactly(tradingName);
        assertThat(prepared.legalForm()).isEqualTo(LegalForm.LIMITED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Global Links Care Ltd | globallinkscare
            Globallinks Care Ltd  | globallinkscare
            """)
    void spacingDisappearsInTheCompactForm(String name, String compact) {
        assertThat(NameNormaliser.prepare(name).compact()).isEqualTo(compact);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Inroads (Essex) Ltd           | Inroads Essex Ltd
            Norse Care (Services) Limited | NorseCare Services Ltd
            Georgian House (Torquay) Ltd  | Georgian House Torquay Limited
            Cornerstones (UK) Ltd         | Cornerstones UK Limited
            Simply Care Group UK Ltd      | Simply UK Care Group Ltd
            """)
    void bracketsAndWhereUkOrGroupStandsAreIgnoredInTheCompactForm(String one, String other) {
        assertThat(NameNormaliser.prepare(one).compact()).isEqualTo(NameNormaliser.prepare(other).compact());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kingston upon Hull City Council       | kingston upon hull
            Royal Borough of Kensington & Chelsea | kensington and chelsea
            Kent County Council                   | kent
            West Berkshire District Council       | west berkshire
            Cumbria Council for Voluntary Service | ''
            Oldham Council Services Ltd           | ''
            Bolton NHS Foundation Trust           | ''
            """)
    void councilsAreKnownByTheirPlace(String name, String place) {
        assertThat(NameNormaliser.prepare(name).council()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Grange                  | true
            Willows Care Home           | true
            Alexander House             | true
            Willows Care Home Limited   | false
            Springfield Care Services   | false
            Kent County Council         | false
            """)
    void bareHomeNamesAreRecognised(String name, boolean homeName) {
        assertThat(NameNormaliser.prepare(name).homeName()).isEqualTo(homeName);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Care Ltd           | LIMITED
            Acme Care PLC           | PLC
            Acme Care LLP           | LLP
            Acme Care CIC           | CIC
            Acme Care               | NONE
            """)
    void legalFormIsRead(String name, LegalForm form) {
        assertThat(NameNormaliser.prepare(name).legalForm()).isEqualTo(form);
    }
}
