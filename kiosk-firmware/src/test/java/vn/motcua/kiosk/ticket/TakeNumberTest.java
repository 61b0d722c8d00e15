package vn.motcua.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Category;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.ServiceInfo;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.kiosk.health.DeviceHealth;
import vn.motcua.kiosk.offline.OfflineDesk;
import vn.motcua.kiosk.printer.PrinterException;
import vn.motcua.kiosk.printer.PrinterStatus;
import vn.motcua.kiosk.printer.TicketPrinter;

/** "Lấy số" decided without a server or a printer: which of them is asked, in which order, and what is undone. */
class TakeNumberTest {
    private static final ServiceInfo SERVICE = new ServiceInfo("A", "A", "Đất đai", "Land", 15, 30);
    private static final TicketView ISSUED = new TicketView(41, "A0007", "A", Category.NORMAL, TicketState.WAITING,
            OffsetDateTime.parse("2026-11-23T09:00:00+07:00"), 2, 10, new vn.motcua.client.WaitRange(6, 17), "http://centre/t/41",
            null, 0, null);
    private static final PrinterStatus PAPER_OUT = new PrinterStatus(true, true, false, false, false, "paper out");

    private final QueueClient server = mock(QueueClient.class);
    private final TicketPrinter printer = mock(TicketPrinter.class);
    private final DeviceHealth health = mock(DeviceHealth.class);
    private final CentreInfo centre = mock(CentreInfo.class);
    private final OfflineDesk offline = mock(OfflineDesk.class);
    private TakeNumber takeNumber;

    @BeforeEach
    void wire() {
        when(centre.service("A")).thenReturn(Optional.of(SERVICE));
        when(centre.name()).thenReturn("Trung tâm thử");
        when(printer.status()).thenReturn(PrinterStatus.ok());
        takeNumber = new TakeNumber(server, printer, health, centre,
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC), offline);
    }

    @Test
    void aPrinterThatCannotPrintTakesNoNumber() {
        when(printer.status()).thenReturn(PAPER_OUT);

        TakeNumberResult result = takeNumber.take("A", Category.NORMAL);

        assertThat(result.error()).isEqualTo("PRINTER");
        verifyNoInteractions(server);
        verify(health).update(PAPER_OUT);
    }

    @Test
    void aTicketThatDidNotPrintIsCancelledOnTheServer() {
        when(server.issueTicket(any())).thenReturn(ISSUED);
        doThrow(new PrinterException("paper ran out", PAPER_OUT)).when(printer).print(any());

        TakeNumberResult result = takeNumber.take("A", Category.NORMAL);

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).isEqualTo("PRINTER");
        verify(server).cancel(41);
        verify(health).update(PAPER_OUT);
        verify(offline, never()).countDemand(anyString());
    }

    @Test
    void aPrintedTicketIsTheResultAndCountsAsDemand() {
        when(server.issueTicket(any())).thenReturn(ISSUED);

        TakeNumberResult result = takeNumber.take("A", Category.NORMAL);

        assertThat(result.ok()).isTrue();
        assertThat(result.number()).isEqualTo("A0007");
        assertThat(result.ahead()).isEqualTo(2);
        // the touch screen shows what the ticket prints: the estimate and its range
        assertThat(result.estimatedWaitMinutes()).isEqualTo(10);
        assertThat(result.estimatedWaitRange()).isEqualTo(new vn.motcua.client.WaitRange(6, 17));
        verify(printer).print(any());
        verify(server, never()).cancel(41);
        verify(offline).countDemand("A");
    }

    @Test
    void anUnknownServiceIsRefusedWithoutAskingTheServer() {
        when(centre.service("Z")).thenReturn(Optional.empty());

        TakeNumberResult result = takeNumber.take("Z", Category.NORMAL);

        assertThat(result.error()).isEqualTo("REFUSED");
        assertThat(result.messageEn()).contains("Z");
        verifyNoInteractions(server);
        verify(printer, never()).print(any());
    }

    @Test
    void anUnreachableServerFallsBackToTheLeasedNumbers() {
        when(server.issueTicket(any())).thenThrow(new QueueApiException(0, "unreachable", "down", null));
        when(offline.reserve("A", Category.ELDERLY)).thenReturn(Optional.empty());

        TakeNumberResult result = takeNumber.take("A", Category.ELDERLY);

        assertThat(result.error()).isEqualTo("SERVER_UNREACHABLE");
        verify(offline).reserve("A", Category.ELDERLY);
        verify(printer, never()).print(any());
    }

    @Test
    void aRefusalIsShownAndNothingPrints() {
        when(server.issueTicket(any())).thenThrow(new QueueApiException(409, "numbers_exhausted", "no numbers", null));

        TakeNumberResult result = takeNumber.take("A", Category.NORMAL);

        assertThat(result.error()).isEqualTo("REFUSED");
        verify(printer, never()).print(any());
        verify(offline, never()).reserve(anyString(), any());
    }
}
