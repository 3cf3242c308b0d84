package org.onestop.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.documents.internal.DocumentFixtures.approved;
import static org.onestop.documents.internal.DocumentFixtures.issued;
import static org.onestop.documents.internal.DocumentFixtures.refused;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.identity.internal.TestLogins;
import org.onestop.integrity.DataAccessRecord;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Iin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An approved or refused application gets its document: a PDF in the applicant's language with a QR code. */
@DatabaseTest
class ResultDocumentsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DocumentStore store;

    @Autowired
    DocumentPdf pdf;

    @Autowired
    PersonalDataAccessLog dataAccess;

    @Test
    void anApprovedApplicationGetsATaxpayerCertificateInRussianThatTheApplicantDownloads() throws IOException {
        String reference = approved(mvc);
        ResultDocument document = issued(store, reference);

        MvcTestResult download = mvc.get().uri("/api/v1/documents/" + document.id() + "/pdf")
                .with(bearer(token(mvc, "citizen1"))).exchange();

        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        String text = text(download.getResponse().getContentAsByteArray());
        assertThat(text).contains("Справка налогоплательщика", "Департамент государственных доходов",
                document.number().formatted(), "Арман Сейтқали", "850612301200", reference,
                "Регистрация налогоплательщиков");
        assertThat(document.type()).isEqualTo("taxpayer-certificate");
        assertThat(document.holderMasked()).isEqualTo("А*** С***");
    }

    @Test
    void theQrCodeOnThePdfDecodesToTheVerificationAddressOfTheSignedToken() throws Exception {
        ResultDocument document = issued(store, approved(mvc));

        try (PDDocument pdfDocument = Loader.loadPDF(pdf.render(document))) {
            // The image as embedded (not a scan): read module by module, as PURE_BARCODE does, so that no
            // token's mask pattern can throw the locator off.
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(onlyImage(pdfDocument.getPage(0))))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();

            assertThat(decoded).isEqualTo("http://localhost:8080/verify/" + document.token());
        }
    }

    @Test
    void aRefusalGetsALetterCitingTheGroundOfTheStandard() throws IOException {
        ResultDocument letter = issued(store, refused(mvc));

        assertThat(letter.type()).isEqualTo("refusal-letter");
        assertThat(letter.ground()).isEqualTo(1);
        assertThat(text(pdf.render(letter))).contains("Мотивированный отказ", "Основание для отказа", "1. ");
    }

    @Test
    void onlyThoseWhoMaySeeTheApplicationDownloadAndStaffDownloadsAreInTheHoldersAccessLog() {
        ResultDocument document = issued(store, approved(mvc));
        String uri = "/api/v1/documents/" + document.id() + "/pdf";

        assertThat(mvc.get().uri(uri).with(bearer(token(mvc, "citizen2"))).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(uri).with(bearer(token(mvc, "analyst1"))).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(uri).exchange()).hasStatus(401);
        assertThat(mvc.get().uri(uri).with(bearer(token(mvc, "officer1"))).exchange()).hasStatusOk();

        List<DataAccessRecord> seen = dataAccess.about(new Iin("850612301200"), 0, 5);
        assertThat(seen).extracting(DataAccessRecord::what).contains("document " + document.number().formatted());
    }

    @Test
    void theApplicationPageLinksTheResultWithHowOftenItWasVerified() throws Exception {
        String reference = approved(mvc);
        ResultDocument document = issued(store, reference);
        mvc.get().uri("/api/v1/verify/" + document.token()).exchange();

        String page = mvc.get().uri("/my/applications/" + reference + "?lang=en")
                .cookie(TestLogins.session(mvc, "citizen1")).exchange().getResponse().getContentAsString();

        assertThat(page).contains("Result documents", "/documents/" + document.id() + "/pdf", "checked 1 times");
    }

    @Test
    void anOperatorSeesOnlyTheResultsOfApplicationsFiledAtTheirCentre() {
        ResultDocument document = issued(store, approved(mvc));

        assertThat(mvc.get().uri("/api/v1/documents/" + document.id()).with(bearer(token(mvc, "operator1")))
                .exchange()).hasStatus(404);
    }

    private static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static BufferedImage onlyImage(PDPage page) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        assertThat(images).hasSize(1);
        return images.getFirst();
    }
}
