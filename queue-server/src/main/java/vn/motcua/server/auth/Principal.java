package vn.motcua.server.auth;

/** The caller of a request: a logged-in user or a registered device. */
public record Principal(long id, String name, Role role, boolean device) {
    public Long userId() {
        return device ? null : id;
    }

    public Long deviceId() {
        return device ? id : null;
    }
}
