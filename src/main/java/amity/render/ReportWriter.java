package amity.render;

import amity.report.reconcile.Attention;
import amity.table.Tone;
import amity.text.Visible;
import amity.text.Wrap;
import java.io.PrintWriter;

/**
 * Reconcile's terminal report ({@code --format report}), read top to bottom like a compiler's
 * diagnostics: a heading per status that needs attention, each finding's key whole on its own line
 * with its values and sentence wrapped under it, then one line for each kind of finding not listed.
 * Every line fits the chart width (the terminal's, else $COLUMNS, else 80) except a key wider than it.
 */
final class ReportWriter {
    private static final String ENTRY = "  ";
    private static final String BODY = "    ";

    private ReportWriter() {
    }

    static void write(Attention a, RenderOptions o, PrintWriter out) {
        int width = o.chartWidth();
        Style style = new Style(o.color());
        if (a.groups().isEmpty()) {
            out.print("Nothing needs attention.\n");
        }
        for (Attention.Group g : a.groups()) {
            out.print(style.heading(g.tone(), Visible.of(g.heading())) + "\n");
            for (Attention.Entry e : g.entries()) {
                out.print("\n" + ENTRY + style.bold(Visible.of(e.key())) + "\n");
                paragraph(e.values(), width, out);
                paragraph(e.sentence(), width, out);
                if (!e.acknowledged().isEmpty()) {
                    paragraph("Acknowledged: " + e.acknowledged(), width, out);
                }
            }
            out.print("\n");
        }
        if (!a.tallies().isEmpty()) {
            out.print("Not listed:\n");
            for (String t : a.tallies()) {
                hanging(t, ENTRY, width, out);
            }
            out.print("\n");
        }
        for (String note : a.notes()) {
            hanging(note, "", width, out);
        }
        hanging(a.summary(), "", width, out);
    }

    private static void paragraph(String text, int width, PrintWriter out) {
        if (!text.isEmpty()) {
            Wrap.indented(Visible.of(text), BODY, width).forEach(l -> out.print(l + "\n"));
        }
    }

    /** The first line at {@code indent}, the lines after it two columns further in. */
    private static void hanging(String text, String indent, int width, PrintWriter out) {
        Wrap.hanging(Visible.of(text), indent, indent + "  ", width).forEach(l -> out.print(l + "\n"));
    }

    /** Bold and tone colours when colour is on, nothing when it is off. */
    private record Style(boolean color) {
        String heading(Tone tone, String s) {
            return color ? "\u001b[1m" + TableWriter.sgr(tone) + s + "\u001b[0m" : s;
        }

        String bold(String s) {
            return color ? "\u001b[1m" + s + "\u001b[0m" : s;
        }
    }
}
