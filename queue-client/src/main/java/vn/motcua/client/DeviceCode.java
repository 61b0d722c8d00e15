package vn.motcua.client;

/** Why a device part is in its {@link DeviceState}; the manager's alert is worded from it. */
public enum DeviceCode {
    OK,
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    NO_ANSWER,
    ERROR
}
