package vn.motcua.server.hub;

import vn.motcua.server.report.CentreLevel;

/** A centre registered with the hub: its code (as its batches name it), display name and level (its norm). */
public record HubCentre(int id, String code, String name, CentreLevel level) {
}
