package vn.motcua.board;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.motcua.board.led.AgentCommand;
import vn.motcua.board.led.FrameCommand;

/** {@code java -jar display-board.jar agent|frame ...}: the display host's tools (the pages are served by the queue server). */
@Command(name = "display-board", mixinStandardHelpOptions = true, version = "display-board 0.1.0",
        description = "Display host tools: the LED board agent.",
        subcommands = {AgentCommand.class, FrameCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
