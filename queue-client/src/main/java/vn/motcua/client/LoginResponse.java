package vn.motcua.client;

/** POST /api/v1/auth/login answer. */
public record LoginResponse(String token, String role) {
}
