package vn.motcua.kiosk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StopInsideNameTest {
    @Test
    void aStopBetweenTheWordsOfAListedUnitsNameIsASpeck() {
        // D's clean 4514 (Noto Serif): "Xã Cần. Đăng" read a comma inside the name, shown as sure
        assertEquals("Xã Cần Đăng, Tỉnh An Giang", CardTextParser.clean("Xã Cần. Đăng, Tỉnh An Giang"));
        assertEquals("Thôn 2, Xã Cần Đăng, Tỉnh An Giang", StopInsideName.spaced("Thôn 2, Xã Cần. Đăng, Tỉnh An Giang"));
    }

    @Test
    void aStopBetweenUnitsOrAfterAnUntypedWordIsAComma() {
        assertEquals("Xã Cần Đăng, Tỉnh An Giang", CardTextParser.clean("Xã Cần Đăng. Tỉnh An Giang"));
        assertEquals("Xã Vĩnh Thạnh Trung, Châu Phú, Tỉnh An Giang", CardTextParser.clean("Xã Vĩnh Thạnh Trung. Châu Phú, Tỉnh An Giang"));
        assertEquals("Cần. Đăng", StopInsideName.spaced("Cần. Đăng"));
    }
}
