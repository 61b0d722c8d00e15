package vn.motcua.kiosk.cardreader.emulated;

/** Which access control an emulated chip offers: the chip profile option of the test rig and the simulated reader. */
public enum ChipAccess {
    /** BAC only: no EF.CardAccess. */
    BAC,
    /**
     * EF.CardAccess offers PACE (ECDH generic mapping, AES-128, brainpoolP256r1, parameter id 13), and BAC
     * still answers, for terminals that know only BAC.
     */
    PACE,
    /**
     * EF.CardAccess offers PACE but the chip refuses MSE:Set AT (6A80), as a chip does whose PACE applet
     * does not match what its EF.CardAccess lists: the terminal must fall back to BAC.
     */
    PACE_FAULTY;

    boolean offersPace() {
        return this != BAC;
    }

    /** The profile option's value: "bac", "pace" or "pace-faulty". */
    public static ChipAccess parse(String value) {
        if (value == null) {
            return BAC;
        }
        return switch (value) {
            case "bac" -> BAC;
            case "pace" -> PACE;
            case "pace-faulty" -> PACE_FAULTY;
            default -> throw new IllegalArgumentException("chip access must be bac, pace or pace-faulty, got '" + value + "'");
        };
    }
}
