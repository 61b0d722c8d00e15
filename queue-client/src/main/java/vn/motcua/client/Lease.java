package vn.motcua.client;

/**
 * A block of today's numbers of one service reserved for one kiosk: {@code first}..{@code last} are
 * sequence values (A0042 is 42 with prefix A). Valid only on {@code serviceDay}.
 */
public record Lease(long id, String service, String prefix, String serviceDay, int first, int last) {

    public String number(int sequence) {
        return prefix + String.format("%04d", sequence);
    }
}
