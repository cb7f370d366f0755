package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code irwatch refresh} run in-process against a web server on 127.0.0.1 that stands in for GOV.UK and CQC. */
class RefreshCommandTest {

    private static final String REGISTER_CSV = """
            Organisation Name,Town/City,County,Type & Rating,Route
            Bluebell Care Services Ltd,Birmingham,West Midlands,Worker (A rating),Skilled Worker
            "Oak Lodge Healthcare Limited, t/a Oak Lodge",Dudley,,Worker (B rating),Skilled Worker
            Square Mile Dental Centre Limited,London,,Worker (A rating),Skilled Worker
            """;
    private static final String CQC_CSV = """
            CQC Locations data,,,,,,,,,,,,,,
            ,,,,,,,,,,,,,,
            This data was produced on 16 September 2026,,,,,,,,,,,,,,
            ,,,,,,,,,,,,,,
            Name,Also known as,Address,Postcode,Phone number,Service's website (if available),Service types,Date of latest check,Specialisms/services,Provider name,Local authority,Region,Location URL,CQC Location ID (for office use only),CQC Provider ID (for office use only)
            Hagley Road Home Care,,"212 Hagley Road,Birmingham",B16 9PH,1214550192,,Homecare agencies,14/Mar/2025 - 00:00,Dementia,Bluebell Care Services Ltd,Birmingham,West Midlands,https://www.cqc.org.uk/location/1-9876543210,1-9876543210,1-4455667788
            Oak Lodge Care Home,,"27 Wolverhampton Street,Dudley",DY1 1DB,1384250771,,"Residential homes, Nursing homes",02/Jul/2024 - 00:00,Dementia,Oak Lodge Healthcare Limited,Dudley,West Midlands,https://www.cqc.org.uk/location/1-5544332211,1-5544332211,1-6677889900
            """;

    @TempDir
    Path dataFolder;

    private HttpServer server;
    private String base;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String registerPath = "/media/685d0f1a/2026-06-26_-_Worker_and_Temporary_Worker.csv";
        Map<String, String[]> answers = Map.of(
                "/api/content/government/publications/register-of-licensed-sponsors-workers",
                new String[] {"application/json", """
                        {"base_path": "/government/publications/register-of-licensed-sponsors-workers",
                         "schema_name": "publication",
                         "details": {"attachments": [
                           {"attachment_type": "file", "content_type": "application/pdf", "title": "Guidance",
                            "filename": "Sponsor_guidance.pdf", "url": "%1$s/media/1/Sponsor_guidance.pdf"},
                           {"attachment_type": "file", "content_type": "text/csv",
                            "title": "Register of licensed sponsors: workers",
                            "filename": "2026-06-26_-_Worker_and_Temporary_Worker.csv", "url": "%1$s%2$s"}]}}
                        """.formatted(base, registerPath)},
                registerPath, new String[] {"text/csv", REGISTER_CSV},
                "/about-us/transparency/using-cqc-data", new String[] {"text/html", """
                        <!DOCTYPE html><html><body><main><h1>Using CQC data</h1>
                        <a href="/about-us">About us</a>
                        <a href="/sites/default/files/2026-09/16_September_2026_CQC_directory.csv">Care directory (CSV)</a>
                        </main></body></html>"""},
                "/sites/default/files/2026-09/16_September_2026_CQC_directory.csv", new String[] {"text/csv", CQC_CSV});
        server.createContext("/", exchange -> answer(exchange, answers.get(exchange.getRequestURI().getPath())));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void refreshImportsBothFilesAndPrintsOneSummaryEach() {
        int exit = run("--data-dir", dataFolder.toString(), "refresh", "--govuk-url", base, "--cqc-url", base);

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("2026-06-26_-_Worker_and_Temporary_Worker.csv: Home Office sponsor register "
                + "of 26 June 2026 imported as snapshot #");
        assertThat(lines.get(1)).startsWith("16_September_2026_CQC_directory.csv: CQC directory of 16 September 2026 imported "
                + "as snapshot #");
    }

    @Test
    void registerOnlyFetchesTheRegisterAlone() {
        int exit = run("--data-dir", dataFolder.toString(), "refresh", "--register-only", "--govuk-url", base,
                "--cqc-url", base);

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .contains("Home Office sponsor register of 26 June 2026");
    }

    @Test
    void unreachableAddressEndsWithOneLineAndExitOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closedPort = socket.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + closedPort;

        int exit = run("--data-dir", dataFolder.toString(), "refresh", "--govuk-url", closed, "--cqc-url", closed);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("irwatch: IR Watch could not reach 127.0.0.1:" + closedPort + " (no network?).")
                .contains("Nothing was changed.");
    }

    @Test
    void addressThatIsNotAWebAddressIsRefusedBeforeAnythingHappens() {
        int exit = run("--data-dir", dataFolder.toString(), "refresh", "--govuk-url", "www.gov.uk", "--cqc-url", base);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("irwatch: --govuk-url must be a web address such as https://www.gov.uk");
    }

    private int run(String... args) {
        CommandLine commandLine = IrWatchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static void answer(HttpExchange exchange, String[] answer) throws IOException {
        try (exchange) {
            byte[] body = (answer == null ? "<!DOCTYPE html><html><body>Not found</body></html>" : answer[1])
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer == null ? "text/html" : answer[0]);
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
