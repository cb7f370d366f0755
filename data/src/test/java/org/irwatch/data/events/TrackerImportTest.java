package org.irwatch.data.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tracker imports against two registers the test writes as the Home Office does (every field quoted, CRLF), so they
 * run on a clone without ../shared/data: a name in two towns, a sponsor on several routes, names with spaces around
 * them, and sponsors that leave the register between the two dates.
 */
class TrackerImportTest extends TrackerImportCases {

    private static final List<String> ON_BOTH = List.of(
            "\"Riverside Home Care Ltd\",\"Leeds\",\"West Yorkshire\",\"Worker (A rating)\",\"Skilled Worker\"",
            "\"Riverside Home Care Ltd\",\"Leeds\",\"West Yorkshire\",\"Worker (A rating)\",\"Intra-company Routes\"",
            "\"Oak & Ash Nursing Limited\",\"York\",\"\",\"Worker (B rating)\",\"Skilled Worker\"",
            "\"Sunrise Care Services Ltd\",\"Hull\",\"\",\"Worker (A rating)\",\"Skilled Worker\"",
            "\"Sunrise Care Services Ltd\",\"Bristol\",\"\",\"Worker (A rating)\",\"Skilled Worker\"");
    private static final List<String> ONLY_ON_OLDER = List.of(
            "\"Meadow View Care Homes Ltd\",\"Sheffield\",\"South Yorkshire\",\"Worker (A rating)\",\"Skilled Worker\"",
            "\"  Northgate Domiciliary Care Limited \",\"Wakefield\",\"\",\"Worker (A rating)\",\"Skilled Worker\"");
    private static final List<String> ONLY_ON_NEWER = List.of(
            "\"Harbour Lights Support Ltd\",\"Whitby\",\"North Yorkshire\",\"Worker (A rating)\",\"Skilled Worker\"");

    @Override
    Path olderRegister() throws IOException {
        return register("2021-09-30_-_Worker_and_Temporary_Worker.csv", ON_BOTH, ONLY_ON_OLDER);
    }

    @Override
    Path newerRegister() throws IOException {
        return register("2021-11-02_-_Worker_and_Temporary_Worker.csv", ONLY_ON_NEWER, ON_BOTH);
    }

    @SafeVarargs
    private Path register(String fileName, List<String>... rows) throws IOException {
        StringBuilder text = new StringBuilder(
                "\"Organisation Name\",\"Town/City\",\"County\",\"Type & Rating\",\"Route\"\r\n");
        for (List<String> part : rows) {
            part.forEach(row -> text.append(row).append("\r\n"));
        }
        return Files.writeString(temp.resolve(fileName), text, StandardCharsets.UTF_8);
    }
}
