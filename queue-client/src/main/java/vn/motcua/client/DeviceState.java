package vn.motcua.client;

/** How usable a device part is: DEGRADED still serves citizens but needs staff soon. */
public enum DeviceState {
    ONLINE,
    DEGRADED,
    OFFLINE
}
