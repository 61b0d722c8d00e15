package vn.motcua.server.hub;

import vn.motcua.server.http.ApiException;

/** A logged-in hub user; {@code centreId} is set for a centre manager only. */
public record HubPrincipal(long userId, String username, HubRole role, Integer centreId) {
    /** Refuses a centre manager a centre other than their own. */
    public void mayRead(HubCentre centre) {
        if (role == HubRole.CENTRE_MANAGER && centre.id() != centreId) {
            throw ApiException.forbidden("Chỉ xem được trung tâm của mình / a centre manager reads their own centre only");
        }
    }
}
