package vn.motcua.client;

/** The likely range of a wait in minutes: 8 in 10 visitors in the same position are called within it (p10–p90). */
public record WaitRange(int low, int high) {
}
