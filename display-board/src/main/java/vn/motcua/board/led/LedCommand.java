package vn.motcua.board.led;

/**
 * What one LED board should show: {@code text} on the board at bus {@code address}, steady or flashing
 * (a recall flashes so the citizen looks up again).
 */
public record LedCommand(int address, String text, boolean flash) {
    public LedCommand {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
