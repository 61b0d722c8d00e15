package vn.motcua.client;

/** A service a citizen takes a number for (GET /api/v1/services). */
public record ServiceInfo(String code, String prefix, String nameVi, String nameEn,
                          int targetWaitMinutes, int targetProcessingMinutes) {
}
