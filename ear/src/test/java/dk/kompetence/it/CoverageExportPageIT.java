package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.CoveragePage;
import dk.kompetence.it.pages.SignInPage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export buttons of the coverage page, as HR and as a leader use them. */
class CoverageExportPageIT extends BrowserTest {

    @Test
    void hrStartsTheMunicipalityExportSeesItsProgressAndDownloadsTheWorkbook() throws Exception {
        SignInPage.open(browser, base).as("hr");
        CoveragePage coverage = CoveragePage.open(browser, base);
        assertTrue(coverage.csvLink().contains("/api/v1/coverage/export.csv?date="), coverage.csvLink());
        assertTrue(coverage.xlsxLink().contains("/api/v1/coverage/export.xlsx?date="), coverage.xlsxLink());
        assertEquals(coverage.institutions().size(), coverage.pdfLinks().size(), "a PDF link per institution");

        String file = coverage.exportWholeMunicipality();
        assertEquals("100 %", coverage.exportProgress());
        coverage.screenshot("coverage-export");
        HttpResponse<byte[]> download = Http.sendBytes(Http.request(URI.create(file), "hr")
                .setHeader("Accept", "*/*").GET().build());
        assertEquals(200, download.statusCode(), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertEquals("Hele kommunen", workbook.getSheetName(0));
        }
    }

    @Test
    void aLeaderGetsTheSpreadsheetsAndThePdfOfTheirOwnInstitutionButNoMunicipalityExport() {
        SignInPage.open(browser, base).as("leader");
        CoveragePage coverage = CoveragePage.open(browser, base);
        assertEquals(1, coverage.pdfLinks().size(), coverage.pdfLinks().toString());
        assertTrue(coverage.pdfLinks().get(0).matches(".*/api/v1/coverage/institutions/\\d+/report\\.pdf\\?year=\\d{4}"),
                coverage.pdfLinks().toString());
        assertTrue(browser.findElements(org.openqa.selenium.By.id("coverage:startExport")).isEmpty(),
                "no municipality export for a leader");
        HttpResponse<byte[]> pdf = Http.sendBytes(Http.request(URI.create(coverage.pdfLinks().get(0)), "leder")
                .setHeader("Accept", "*/*").GET().build());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }
}
