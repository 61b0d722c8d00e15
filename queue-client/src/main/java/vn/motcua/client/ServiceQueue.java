package vn.motcua.client;

/** Per-service part of the public queue snapshot. */
public record ServiceQueue(String code, String nameVi, String nameEn, int waiting, int estimatedWaitMinutes) {
}
