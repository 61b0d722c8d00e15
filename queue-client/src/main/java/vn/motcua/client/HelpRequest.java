package vn.motcua.client;

/** POST /api/v1/devices/help: a citizen pressed the kiosk's help button. */
public record HelpRequest(String reason) {
}
