package vn.motcua.board.led;

import java.util.List;

/**
 * A wire protocol of LED counter boards. Boards from different makers frame their bytes differently;
 * the agent only needs these two operations, so a new make is one class (found by {@link #name()},
 * built in or through {@link java.util.ServiceLoader}).
 */
public interface LedProtocol {
    String name();

    /** The bytes that make the board at {@code c.address()} show {@code c.text()}. */
    byte[] encode(LedCommand c);

    /** The commands in a captured byte stream; frames that fail their checks are skipped. */
    List<LedCommand> decode(byte[] bytes);
}
