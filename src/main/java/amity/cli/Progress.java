package amity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.IntConsumer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** "importing: 12000/26000 rows" on stderr, rewritten in place, when JLine finds stderr is a terminal. */
final class Progress {
    private Progress() {
    }

    /** Updates every {@code every} items of {@code total}, and clears the line at the end; nothing off a terminal. */
    static IntConsumer on(PrintWriter err, int total, int every) {
        boolean terminal;
        try (Terminal t = TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysErr)
                .dumb(true).build()) {
            terminal = !t.getType().startsWith(Terminal.TYPE_DUMB);
        } catch (IOException | RuntimeException e) {
            terminal = false;
        }
        if (!terminal) {
            return n -> { };
        }
        return n -> {
            if (n % every == 0 || n == total) {
                err.print(n == total ? "\r\033[K" : "\rimporting: " + n + "/" + total + " rows");
                err.flush();
            }
        };
    }
}
