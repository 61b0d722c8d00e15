package vn.motcua.client.indicator;

/** An indicator of the decision the centre cannot compute from its own data, and the system that holds it. */
public record ProvincialIndicator(String groupVi, String groupEn, String nameVi, String nameEn, String whyVi,
                                  String whyEn) {
}
