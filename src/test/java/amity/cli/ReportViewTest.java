package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a terminal, reconcile without --format writes the report view (golden cases run in a pipe). */
class ReportViewTest {
    @Test
    void aTerminalWithoutFormatGetsTheReport() {
        String[] args = {"reconcile", "--data", "src/test/cases/reconcile/0051-riverton-report/data"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env terminal = new Env(Map.of("COLUMNS", "80", "NO_COLOR", "1"), InputStream.nullInputStream(), true);
        int status = Amity.commandLineFor(args, terminal, new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(err.toString()).isEmpty();
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).startsWith("conflicts (1)\n\n  figure/conflicts-2000\n");
    }
}
