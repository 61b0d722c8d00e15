package vn.motcua.kiosk.profile;

import java.util.List;

/** A profile that cannot be used; {@link #problems()} name each offending field. */
public final class ProfileException extends RuntimeException {
    private final List<String> problems;

    ProfileException(String source, List<String> problems) {
        super("hardware profile " + source + " refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
