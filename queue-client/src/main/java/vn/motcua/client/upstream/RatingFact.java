package vn.motcua.client.upstream;

import java.util.List;

/** A citizen's rating of a finished ticket, with the counter and officer who finished it. */
public record RatingFact(long ticketId, int counter, Long officer, String score, List<String> reasons) {
}
