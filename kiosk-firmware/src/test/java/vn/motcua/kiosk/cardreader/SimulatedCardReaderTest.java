package vn.motcua.kiosk.cardreader;

import vn.motcua.client.DeviceState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;

/** The simulated driver runs the real JMRTD path against the emulated chip, in-process. */
class SimulatedCardReaderTest {
    private final List<String> trace = new ArrayList<>();
    private final SimulatedCardReader reader = new SimulatedCardReader(CscaStore.NONE,
            Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), trace::add);

    @Test
    void readsEveryFieldWithBacAndVerifiesTheSod() {
        ChipFields holder = Holders.an();
        reader.place(holder, Tamper.NONE);
        ChipReading r = reader.read(Holders.keyOf(holder), Duration.ofSeconds(2));
        assertThat(r.fields()).isEqualTo(holder);
        assertThat(r.accessControl()).isEqualTo(ChipReading.AccessControl.BAC);
        assertThat(r.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.VERIFIED);
        assertThat(r.mrz().documentNumber()).isEqualTo("090012345");
        assertThat(r.mrz().personalNumber()).isEqualTo("001090012345");
        assertThat(r.face().format()).isEqualTo("JPEG");
        assertThat(r.face().image()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(r.bytesRead()).containsOnlyKeys("COM", "DG1", "DG13", "DG2", "SOD");
        assertThat(trace).anyMatch(l -> l.startsWith("C-APDU 00 82 00 00 Lc=40") && l.endsWith("SW 9000"));
        assertThat(String.join("\n", trace)).doesNotContain("001090012345").doesNotContain("Nguyễn");
    }

    @Test
    void theProfileOptionChipAccessChoosesWhatTheEmulatedCardOffers() throws Exception {
        ChipFields holder = Holders.an();
        byte[] sim = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../hardware-profiles/sim.json"));
        String json = new String(sim, java.nio.charset.StandardCharsets.UTF_8);
        for (var expected : java.util.Map.of("pace", ChipReading.AccessControl.PACE, "pace-faulty", ChipReading.AccessControl.BAC,
                "bac", ChipReading.AccessControl.BAC).entrySet()) {
            String profile = json.replace("\"cardReader\": {\"type\": \"simulated\"}",
                    "\"cardReader\": {\"type\": \"simulated\", \"chipAccess\": \"" + expected.getKey() + "\"}");
            assertThat(profile).contains("chipAccess");
            CardReaderConfig config = new vn.motcua.kiosk.profile.ProfileLoader().parse("sim.json", profile.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).cardReader();
            SimulatedCardReader simulated = (SimulatedCardReader) CardReaders.open(config, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")),
                    trace::add).orElseThrow();
            simulated.place(holder, Tamper.NONE);
            ChipReading r = simulated.read(Holders.keyOf(holder), Duration.ofSeconds(2));
            assertThat(r.accessControl()).as(expected.getKey()).isEqualTo(expected.getValue());
            assertThat(r.fields()).isEqualTo(holder);
        }
        assertThatThrownBy(() -> CardReaders.open(new CardReaderConfig("simulated", null, null, null, "PACE"), Clock.systemUTC(), trace::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bac, pace or pace-faulty");
        assertThatThrownBy(() -> CardReaders.open(new CardReaderConfig("pcsc", null, null, null, "pace"), Clock.systemUTC(), trace::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("simulated reader only");
    }

    @Test
    void aDataGroupChangedAfterSigningFailsPassiveAuthentication() {
        ChipFields holder = Holders.an();
        reader.place(holder, Tamper.DG13_CHANGED_AFTER_SIGNING);
        ChipReading r = reader.read(Holders.keyOf(holder), Duration.ofSeconds(2));
        assertThat(r.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.FAILED);
        assertThat(r.passiveAuthentication().detail()).isEqualTo("DG13 hash does not match the SOD");
    }

    @Test
    void aChipWithoutSodSaysSo() {
        ChipFields holder = Holders.an();
        reader.place(holder, Tamper.NO_SOD);
        assertThat(reader.read(Holders.keyOf(holder), Duration.ofSeconds(2)).passiveAuthentication().status())
                .isEqualTo(PassiveAuthentication.Status.NO_SOD);
    }

    @Test
    void aWrongKeyIsRefusedWithTheVietnameseMessage() {
        ChipFields holder = Holders.an();
        reader.place(holder, Tamper.NONE);
        AccessKey wrong = new AccessKey("090012345", "900315", "150316");
        assertThatThrownBy(() -> reader.read(wrong, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CardReaderException.Kind.KEY_REFUSED);
                    assertThat(e.citizenMessage()).contains("kiểm tra lại thẻ");
                    assertThat(e.kind().exitCode()).isEqualTo(1);
                });
    }

    @Test
    void aCardLiftedMidReadIsReadOnFromTheFileItStoppedIn() {
        ChipFields holder = Holders.an();
        reader.place(holder, Tamper.NONE);
        reader.liftDuringNextRead(40); // past BAC and the first files, inside DG2
        ChipReading r = reader.read(Holders.keyOf(holder), Duration.ofSeconds(2));
        assertThat(r.resumes()).isEqualTo(1);
        assertThat(r.fields()).isEqualTo(holder);
        assertThat(r.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.VERIFIED);
        assertThat(trace).anyMatch(l -> l.startsWith("card lifted after"));
        // BAC ran twice: once per session
        assertThat(trace.stream().filter(l -> l.equals("BAC established"))).hasSize(2);
    }

    @Test
    void noCardAndNoReaderAreTold() {
        assertThatThrownBy(() -> reader.read(Holders.keyOf(Holders.an()), Duration.ofMillis(100)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.NO_CARD));
        reader.unplug(true);
        assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThatThrownBy(() -> reader.read(Holders.keyOf(Holders.an()), Duration.ofMillis(100)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.NO_READER));
    }
}
