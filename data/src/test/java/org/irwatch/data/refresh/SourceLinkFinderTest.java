package org.irwatch.data.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Finding the current register and CQC directory in what GOV.UK's Content API and CQC's page answer. */
class SourceLinkFinderTest {

    @Test
    void theWorkerRegisterIsPreferredOverOtherCsvAttachmentsAndTheFirstCsvTakenOtherwise() {
        URI base = URI.create("https://www.gov.uk/api/content/x");
        var json = JsonMapper.shared().readTree("""
                {"details": {"attachments": [
                  {"url": "https://assets.example/a/Guidance.pdf", "content_type": "application/pdf", "title": "Guide"},
                  {"url": "/media/b/Sponsor_changes.csv", "content_type": "text/csv", "title": "Changes",
                   "filename": "Sponsor_changes.csv"},
                  {"url": "https://assets.example/c/2026-06-26_-_Worker_and_Temporary_Worker.csv",
                   "content_type": "text/csv", "title": "Register", "filename": "2026-06-26_-_Worker_and_Temporary_Worker.csv"}
                ]}}""");
        assertThat(SourceLinkFinder.registerAttachment(json, base)).hasValue(new SourceLinkFinder.Link(
                URI.create("https://assets.example/c/2026-06-26_-_Worker_and_Temporary_Worker.csv"),
                "2026-06-26_-_Worker_and_Temporary_Worker.csv"));

        ((tools.jackson.databind.node.ArrayNode) json.path("details").path("attachments")).remove(2);
        assertThat(SourceLinkFinder.registerAttachment(json, base)).hasValue(new SourceLinkFinder.Link(
                URI.create("https://www.gov.uk/media/b/Sponsor_changes.csv"), "Sponsor_changes.csv"));
    }

    @Test
    void theCqcDirectoryLinkIsFoundWhateverItsQuotingAndResolvedAgainstThePage() {
        URI page = URI.create("https://www.cqc.org.uk/about-us/transparency/using-cqc-data");
        assertThat(SourceLinkFinder.cqcDirectoryLink(
                "<a href='https://files.example/x/01_October_2026_cqc_directory.ZIP?v=2&amp;d=1'>zip</a>", page))
                .hasValue(new SourceLinkFinder.Link(URI.create(
                        "https://files.example/x/01_October_2026_cqc_directory.ZIP?v=2&d=1"),
                        "01_October_2026_cqc_directory.ZIP"));
        assertThat(SourceLinkFinder.cqcDirectoryLink(
                "<p><a class=x href=../../sites/16%20September%202026%20CQC_directory.csv>csv</a></p>", page))
                .hasValue(new SourceLinkFinder.Link(URI.create(
                        "https://www.cqc.org.uk/sites/16%20September%202026%20CQC_directory.csv"),
                        "16 September 2026 CQC_directory.csv"));
        assertThat(SourceLinkFinder.cqcDirectoryLink("<a href=\"mailto:x@cqc.org.uk\">CQC_directory.csv</a>", page))
                .isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is saved as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            16_September_2026_CQC_directory.csv | 16_September_2026_CQC_directory.csv
            ../../etc/passwd                    | .._.._etc_passwd
            a:b*c?.csv                          | a_b_c_.csv
            ..                                  | fallback.csv
            '   '                               | fallback.csv
            """)
    void aPublishersFileNameCannotLeaveTheDownloadFolder(String published, String saved) {
        assertThat(SourceLinkFinder.safeFileName(published, "fallback.csv")).isEqualTo(saved);
    }
}
