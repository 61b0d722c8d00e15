package vn.motcua.client.upstream;

/** A service of the centre with its wait and processing targets, sent when it is created or changed. */
public record ServiceFact(String code, String nameVi, String nameEn, int targetWaitMin, int targetProcessingMin) {
}
