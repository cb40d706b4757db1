package amity.cli;

import amity.text.Width;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The usage line of `--help`, wrapped only between options. picocli also breaks after a comma, which
 * cuts a label such as {@code --check=C[,C...]} in two; this asks picocli for the synopsis on one line
 * and wraps it at the spaces that separate options, under the first option as picocli does.
 */
final class Synopsis implements CommandLine.IHelpSectionRenderer {
    private static final int ONE_LINE = 100_000;

    /** Installs the renderer on a command and all its subcommands. */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, new Synopsis());
        cl.getSubcommands().values().forEach(Synopsis::install);
    }

    @Override
    public String render(Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        boolean auto = usage.autoWidth();
        String line;
        try {
            usage.autoWidth(false);
            usage.width(ONE_LINE);
            line = new Help(help.commandSpec(), help.colorScheme()).synopsis(help.synopsisHeadingLength()).strip();
        } finally {
            usage.width(width);
            usage.autoWidth(auto);
        }
        String name = help.commandSpec().qualifiedName();
        int indent = help.synopsisHeadingLength() + Width.of(name) + 1;
        return wrap(options(line), width, help.synopsisHeadingLength(), indent) + System.lineSeparator();
    }

    /** The synopsis split at the spaces outside brackets: the command's name, then one piece per option. */
    static List<String> options(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[' || c == '(' || c == '<') {
                depth++;
            } else if (c == ']' || c == ')' || c == '>') {
                depth--;
            } else if (c == ' ' && depth <= 0) {
                if (i > start) {
                    out.add(line.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < line.length()) {
            out.add(line.substring(start));
        }
        return out;
    }

    /** Greedy wrapping at {@code width}, the first line after a heading of {@code first} columns. */
    static String wrap(List<String> pieces, int width, int first, int indent) {
        StringBuilder sb = new StringBuilder();
        int column = first;
        boolean lineEmpty = true;
        for (String piece : pieces) {
            int w = Width.of(piece.replaceAll("\u001b\\[[0-9;]*m", ""));
            if (!lineEmpty && column + 1 + w > width) {
                sb.append(System.lineSeparator()).append(" ".repeat(indent));
                column = indent;
                lineEmpty = true;
            }
            if (!lineEmpty) {
                sb.append(' ');
                column++;
            }
            sb.append(piece);
            column += w;
            lineEmpty = false;
        }
        return sb.toString();
    }
}
