package vn.motcua.kiosk.cardreader;

import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;

/**
 * The reader's health as the manager sees it: ONLINE OK, or OFFLINE with NO_READER (the named reader is not
 * plugged in) or NO_SERVICE (the PC/SC daemon is not running).
 *
 * @param detail English, for IT staff; never personal data
 */
public record CardReaderStatus(DeviceState state, DeviceCode code, String detail) {

    public static CardReaderStatus online(String detail) {
        return new CardReaderStatus(DeviceState.ONLINE, DeviceCode.OK, detail);
    }

    static CardReaderStatus offline(DeviceCode code, String detail) {
        return new CardReaderStatus(DeviceState.OFFLINE, code, detail);
    }
}
