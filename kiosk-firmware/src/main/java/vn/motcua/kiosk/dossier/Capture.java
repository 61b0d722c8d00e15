package vn.motcua.kiosk.dossier;

/** A captured document: its size as uploaded and a small JPEG data URL the screen shows back. */
public record Capture(int position, int bytes, String preview) {
}
