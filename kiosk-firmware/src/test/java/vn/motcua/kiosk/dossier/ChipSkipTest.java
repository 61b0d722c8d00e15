package vn.motcua.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.client.QueueClient;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.kiosk.camera.DocumentCamera;
import vn.motcua.kiosk.cardreader.AccessKey;
import vn.motcua.kiosk.cardreader.CardReader;
import vn.motcua.kiosk.cardreader.SimulatedCardReader;
import vn.motcua.kiosk.cardreader.SimulatedReaders;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.scanner.Scan;

/**
 * "Bỏ qua" on the chip screen: the read under way stops (waiting for the card, or between the chip's
 * files) and nothing of it reaches the session, also when the read finished just as the citizen skipped.
 * Runs the simulated reader's real JMRTD path (BAC, secure messaging) against its emulated chip.
 */
class ChipSkipTest {
    private static final String QR = "001089012345||Nguyễn Văn An|12051989|Nam|Hà Nội|20042021";
    private final Clock clock = Clock.system(CentreTime.ZONE);
    private final List<String> trace = new CopyOnWriteArrayList<>();
    private DossierFlow flow;

    private DossierFlow flow(CardReader reader) {
        flow = new DossierFlow(mock(QueueClient.class), mock(TicketPrinter.class), mock(DocumentCamera.class), () -> "Trung tâm",
                clock, 120, new ChipStep(Optional.of(reader), Duration.ofSeconds(20)));
        flow.open();
        flow.identityTap().accept(Scan.of(QR));
        return flow;
    }

    private void layTheCard(SimulatedCardReader reader) {
        reader.placeCardOf(new CccdQrParser(clock).parse(QR).fields(), Tamper.NONE);
    }

    private static void assertCancelled(Throwable thrown) {
        assertThat(thrown).isInstanceOfSatisfying(DossierRequestException.class, e -> {
            assertThat(e.code()).isEqualTo("chip_cancelled");
            assertThat(e.status()).isEqualTo(409);
        });
    }

    @Test
    void skippingWhileTheReaderWaitsForTheCardStopsTheReadAndALaterCardChangesNothing() throws Exception {
        SimulatedCardReader reader = SimulatedReaders.open(trace::add);
        flow(reader);
        CompletableFuture<Identity> read = CompletableFuture.supplyAsync(flow::identifyByChip);
        Thread.sleep(300); // the read is waiting for the card (20 s)

        flow.cancelChipRead();

        // called off, not timed out: the 20 s wait would outlast this bound many times
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> read.get(5, TimeUnit.SECONDS));
        assertCancelled(failed.getCause());
        layTheCard(reader);
        Thread.sleep(300);
        Identity after = flow.identity();
        assertThat(after.source()).isEqualTo(IdentitySource.QR);
        assertThat(after.passiveAuthentication()).isNull();
        assertThat(trace).as("no APDU was sent to the card laid after the skip").noneMatch(line -> line.startsWith(">"));
    }

    @Test
    void skippingOnceTheChipIsOpenStopsBeforeTheNextFile() {
        SimulatedCardReader reader = SimulatedReaders.open(line -> {
            trace.add(line);
            if (line.equals("BAC established")) {
                flow.cancelChipRead(); // the citizen touches "Bỏ qua" while the chip is being read
            }
        });
        flow(reader);
        layTheCard(reader);

        assertThatThrownBy(flow::identifyByChip).satisfies(ChipSkipTest::assertCancelled);

        assertThat(trace).contains("BAC established");
        List<String> afterSkip = trace.subList(trace.indexOf("BAC established") + 1, trace.size());
        assertThat(afterSkip).as("no file was read after the skip").noneMatch(line -> line.startsWith(">"));
        assertThat(flow.identity().source()).isEqualTo(IdentitySource.QR);
    }

    @Test
    void aReadThatFinishesJustAsTheCitizenSkipsLeavesNothingInTheSession() {
        SimulatedCardReader real = SimulatedReaders.open();
        layTheCard(real);
        // a driver that does not notice the skip in time: the read completes with the chip's fields after it
        CardReader late = mock(CardReader.class);
        when(late.read(any(AccessKey.class), any(Duration.class), any())).thenAnswer(call -> {
            flow.cancelChipRead();
            return real.read(call.getArgument(0), call.getArgument(1));
        });
        flow(late);

        assertThatThrownBy(flow::identifyByChip).satisfies(ChipSkipTest::assertCancelled);

        Identity after = flow.identity();
        assertThat(after.source()).isEqualTo(IdentitySource.QR);
        assertThat(after.passiveAuthentication()).isNull();
        assertThat(after.chipNext()).as("the chip may still be read").isTrue();
    }

    @Test
    void endingTheSessionCallsOffTheRead() throws Exception {
        flow(SimulatedReaders.open());
        CompletableFuture<Identity> read = CompletableFuture.supplyAsync(flow::identifyByChip);
        Thread.sleep(300);

        flow.close(); // home, or the visitor walked away

        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> read.get(5, TimeUnit.SECONDS));
        assertCancelled(failed.getCause());
    }
}
