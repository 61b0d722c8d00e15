package vn.motcua.client;

/**
 * Per-service part of the public queue snapshot; the estimate and range are those of a normal visitor who
 * takes a number now (range null without a forecast).
 */
public record ServiceQueue(String code, String nameVi, String nameEn, int waiting, int estimatedWaitMinutes,
                           WaitRange estimatedWaitRange) {
}
