package vn.motcua.client;

/** Why a device part is in its {@link DeviceState}; the manager's alert is worded from it. */
public enum DeviceCode {
    OK,
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    NO_ANSWER,
    ERROR,
    /** A chip card reader is not plugged in (or not the one the profile names). */
    NO_READER,
    /** The PC/SC service (pcscd) the chip card reader needs is not running. */
    NO_SERVICE,
    /** The device's port or device file cannot be opened (a code scanner unplugged, a wrong path). */
    NOT_CONNECTED,
    /** A keyboard-wedge code scanner typed keys the layout lacks: it must be set to USB-COM to read ID cards. */
    WRONG_MODE,
    /** A GPIO pin (help button, paper-low sensor, status LED) could not be read or driven. */
    PIN_FAULT
}
