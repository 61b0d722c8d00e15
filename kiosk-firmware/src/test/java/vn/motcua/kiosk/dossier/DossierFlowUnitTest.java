package vn.motcua.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.client.dossier.DossierDocument;
import vn.motcua.client.dossier.DossierProcedure;
import vn.motcua.client.dossier.DossierStep;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.DossierTicket;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.IdentityRead;
import vn.motcua.client.dossier.IdentityToken;
import vn.motcua.client.dossier.UploadProgress;
import vn.motcua.client.dossier.UploadStarted;
import vn.motcua.kiosk.camera.DocumentCamera;
import vn.motcua.kiosk.printer.PrinterException;
import vn.motcua.kiosk.printer.PrinterStatus;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.scanner.Scan;

/** The kiosk's dossier session and flow with the server, printer and camera as mocks, time moved by hand. */
class DossierFlowUnitTest {
    private static final String QR = "001089012345||Nguyễn Văn An|12051989|Nam|Hà Nội|20042021";
    private static final String NUMBER = "001089012345";

    private final QueueClient server = mock(QueueClient.class);
    private final TicketPrinter printer = mock(TicketPrinter.class);
    private final DocumentCamera camera = mock(DocumentCamera.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private DossierFlow flow;

    @BeforeEach
    void wire() {
        flow = new DossierFlow(server, printer, camera, () -> "Trung tâm thử", clock, 120);
        when(server.recordIdentityRead(any())).thenReturn(new IdentityToken("read-1", OffsetDateTime.now()));
    }

    private static KioskSubmission submission(String number, List<KioskSubmission.Choice> docs, boolean consent) {
        return new KioskSubmission("2.000488", Map.of("number", number, "name", "Nguyễn Văn An"), docs, consent,
                "dossier-consent-v1", null);
    }

    private static DossierView filed() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");
        return new DossierView("H27.99-261123-0001", "RECEIVED", "Đã tiếp nhận",
                new DossierProcedure("2.000488", "Cấp phiếu lý lịch tư pháp", "Judicial record", 10, 200_000L, "Quầy 2"),
                "A", at, at.plusDays(14), "http://centre/hs/H27.99-261123-0001", "********2345", "Nguyễn Văn An",
                Map.of("number", NUMBER), new DossierTicket(9, "A0009", "http://centre/t/9"), at,
                List.of(new DossierDocument(0, null, "Tờ khai", "DECLARATION", null, false)),
                List.of(new DossierStep(at, "RECEIVED", "Đã tiếp nhận")), null);
    }

    @Test
    void aScanBeforeTheSessionIsTakenByItAndDroppedWhenTheVisitEnds() {
        flow.identityTap().accept(Scan.of(QR)); // on the greeting, before "Nộp hồ sơ"
        flow.open();
        assertThat(flow.identity().identified()).as("no second scan needed").isTrue();

        flow.close();
        flow.identityTap().accept(Scan.of(QR));
        flow.close(); // the visit ended without a dossier
        flow.open();
        assertThat(flow.identity().identified()).isFalse();
    }

    @Test
    void aScanDuringASessionIdentifiesTheCitizenMasked() {
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        Identity identity = flow.identity();
        assertThat(identity.identified()).isTrue();
        assertThat(identity.source()).isEqualTo(vn.motcua.client.dossier.IdentitySource.QR);
        assertThat(identity.fields().name()).isEqualTo("Nguyễn Văn An");
        assertThat(identity.maskedNumber()).endsWith("2345").doesNotContain("0010890");
        assertThat(identity.fields().number()).as("the page never gets the full number").isNull();
    }

    @Test
    void theCardReadIsRecordedOnceAndItsTokenAndNumberGoWithTheSubmission() {
        when(server.submitDossier(any())).thenReturn(filed());
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        flow.submit(submission("********2345", List.of(), true)); // what the page holds: the masked number

        ArgumentCaptor<IdentityRead> read = ArgumentCaptor.forClass(IdentityRead.class);
        verify(server).recordIdentityRead(read.capture());
        assertThat(read.getValue().source()).isEqualTo("qr");
        assertThat(read.getValue().number()).isEqualTo(NUMBER);
        ArgumentCaptor<DossierSubmission> sent = ArgumentCaptor.forClass(DossierSubmission.class);
        verify(server).submitDossier(sent.capture());
        assertThat(sent.getValue().identityToken()).isEqualTo("read-1");
        assertThat(sent.getValue().declaration().get("number")).isEqualTo(NUMBER);
    }

    @Test
    void anIdleSessionIsForgotten() {
        flow.open();
        flow.identityTap().accept(Scan.of(QR));
        clock.advance(Duration.ofSeconds(121));

        assertThatThrownBy(flow::identity).isInstanceOf(DossierRequestException.class)
                .extracting(e -> ((DossierRequestException) e).code()).isEqualTo("no_session");
    }

    @Test
    void withoutConsentNothingIsSent() {
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        assertThatThrownBy(() -> flow.submit(submission(NUMBER, List.of(), false)))
                .isInstanceOf(DossierRequestException.class).hasMessageContaining("consent is required");
        verify(server, never()).submitDossier(any());
    }

    @Test
    void aNumberTypedOverTheCardIsRefused() {
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        assertThatThrownBy(() -> flow.submit(submission("001089099999", List.of(), true)))
                .isInstanceOf(DossierRequestException.class).hasMessageContaining("scanned card's number");
        verify(server, never()).submitDossier(any());
    }

    @Test
    void anUploadMustHaveBeenCaptured() {
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        assertThatThrownBy(() -> flow.submit(submission(NUMBER, List.of(new KioskSubmission.Choice(1, "UPLOAD")), true)))
                .isInstanceOf(DossierRequestException.class).hasMessageContaining("document 1 has not been captured");
        verify(server, never()).submitDossier(any());
    }

    @Test
    void aCapturedDocumentIsUploadedAndItsIdSubmitted() throws Exception {
        when(camera.capture()).thenReturn(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
        when(server.startUpload(any())).thenReturn(new UploadStarted(77));
        when(server.uploadPart(any(Long.class), any())).thenReturn(new UploadProgress(1));
        when(server.submitDossier(any())).thenReturn(filed());
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        Capture capture = flow.capture(1);
        SubmitResult result = flow.submit(submission(NUMBER, List.of(new KioskSubmission.Choice(1, "UPLOAD"),
                new KioskSubmission.Choice(0, "DECLARATION")), true));

        assertThat(capture.preview()).startsWith("data:image/jpeg;base64,");
        ArgumentCaptor<DossierSubmission> sent = ArgumentCaptor.forClass(DossierSubmission.class);
        verify(server).submitDossier(sent.capture());
        assertThat(sent.getValue().documents().get(0).uploadId()).isEqualTo(77L);
        assertThat(sent.getValue().documents().get(1).uploadId()).isNull();
        assertThat(sent.getValue().consent().given()).isTrue();
        assertThat(result.printed()).isTrue();
        assertThat(result.dossier().code()).isEqualTo("H27.99-261123-0001");
        verify(printer).print(any());
        assertThatThrownBy(flow::identity).as("the session ends once filed").isInstanceOf(DossierRequestException.class);
    }

    @Test
    void aReceiptThatDidNotPrintStillReportsTheFiledDossier() {
        when(server.submitDossier(any())).thenReturn(filed());
        doThrow(new PrinterException("cover open", PrinterStatus.offline("cover open"))).when(printer).print(any());
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        SubmitResult result = flow.submit(submission(NUMBER, List.of(), true));

        assertThat(result.printed()).isFalse();
        assertThat(result.dossier().lookupUrl()).contains("/hs/H27.99-261123-0001");
    }

    @Test
    void theServersRefusalKeepsItsStatusCodeAndWords() {
        when(server.submitDossier(any())).thenThrow(new QueueApiException(400, "document_missing",
                "POST /api/v1/dossiers → 400: Thiếu giấy tờ", "Thiếu giấy tờ", null));
        flow.open();
        flow.identityTap().accept(Scan.of(QR));

        assertThatThrownBy(() -> flow.submit(submission(NUMBER, List.of(), true)))
                .isInstanceOfSatisfying(DossierRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("document_missing");
                    assertThat(e.getMessage()).isEqualTo("Thiếu giấy tờ");
                });
        verify(printer, never()).print(any());
    }

    @Test
    void anUnreachableServerSendsTheCitizenToTheDesk() {
        when(server.lookupDossier("H27.99-261123-0001", "abcd2345")).thenThrow(new QueueApiException(0, "unreachable", "down", null));

        assertThatThrownBy(() -> flow.lookup("H27.99-261123-0001", "abcd2345"))
                .isInstanceOfSatisfying(DossierRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("server_unreachable");
                });
    }
}
