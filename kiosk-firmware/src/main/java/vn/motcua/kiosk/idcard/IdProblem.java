package vn.motcua.kiosk.idcard;

/**
 * Something wrong with a scanned ID payload.
 *
 * @param field   the field it concerns ("payload" for the whole QR)
 * @param code    a stable code the touch UI translates (e.g. NUMBER_FORMAT)
 * @param message English text for IT staff; never contains the personal number or name
 */
public record IdProblem(String field, String code, String message) {
}
