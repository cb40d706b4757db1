package amity.render;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal's width in columns: $COLUMNS when set, else asked of the terminal through JLine. */
public final class TerminalInfo {
    private TerminalInfo() {
    }

    /** The width a chart is drawn to when it goes to a file or a pipe and $COLUMNS is not set. */
    public static final int PIPE_WIDTH = 80;

    /**
     * A chart always has some width: the terminal's ({@code terminalWidth}, 0 when not writing to one),
     * else $COLUMNS when set, else {@link #PIPE_WIDTH}.
     */
    public static int chartWidth(Map<String, String> env, int terminalWidth) {
        if (terminalWidth > 0) {
            return terminalWidth;
        }
        String columns = env.get("COLUMNS");
        return columns != null && !columns.isEmpty() ? width(env) : PIPE_WIDTH;
    }

    /** Call only when stdout is a terminal: building a JLine terminal costs time a pipe should not pay. */
    public static int width(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}")) {
            return Integer.parseInt(columns);
        }
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            return w > 0 ? w : PIPE_WIDTH;
        } catch (IOException e) {
            return PIPE_WIDTH;
        }
    }
}
