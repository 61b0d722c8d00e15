package vn.motcua.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.server.voice.Announcement.Language;

class AnnouncementTest {
    @Test
    void saysTheSentenceOfTheSpecificationWithTheNumberSpelledOut() {
        Announcement a = new Announcement("A0012", 5, Language.VI);
        assertThat(a.displayVi()).isEqualTo("Mời công dân có số thứ tự A0012 đến quầy số 5");
        assertThat(a.spokenVi()).startsWith("Mời công dân có số thứ tự").contains("a, không không một hai")
                .contains("Đến quầy số 5");
        assertThat(new Announcement("D0907", 12, Language.EN).spokenEn())
                .isEqualTo("Ticket number, D, zero nine zero seven. Please go to counter 12.");
        assertThat(new Announcement("G0001", 1, Language.VI).spokenVi()).contains("giê,");
    }

    @Test
    void onlyALetterFourDigitsAndASmallCounterGetThrough() {
        assertThatThrownBy(() -> new Announcement("A0012 --help", 5, Language.VI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement("a0012", 5, Language.VI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement("../x1", 5, Language.VI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement("A0012", 0, Language.VI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement("A0012", 1000, Language.VI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Language.parse(null)).isEqualTo(Language.VI);
        assertThat(Language.parse("bi")).isEqualTo(Language.BI);
        assertThat(new Announcement("B0100", 7, Language.BI).cacheKey()).isEqualTo("call-bi-B0100-7");
    }
}
