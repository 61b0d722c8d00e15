package vn.motcua.client.upstream;

/**
 * A service of the centre with its wait and processing targets, sent when it is created or changed.
 * carryOver (added by the centre side at the end, nullable, null read as false): whether the service's waiting
 * tickets carry over to the next day; the report's replay follows carried tickets past their day only when a
 * service carries over, so the hub needs it to compute the same figures as the centre.
 */
public record ServiceFact(String code, String nameVi, String nameEn, int targetWaitMin, int targetProcessingMin,
                          Boolean carryOver) {
    /** Without the carry-over flag (as the first version of the contract had it). */
    public ServiceFact(String code, String nameVi, String nameEn, int targetWaitMin, int targetProcessingMin) {
        this(code, nameVi, nameEn, targetWaitMin, targetProcessingMin, null);
    }
}
