package amity.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of amity: its stdout, stderr and exit status, as a test sees them. */
public record Run(String out, String err, int status) {

    public static Run of(String... args) {
        return with(Map.of(), "", args);
    }

    public static Run with(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int status = Amity.commandLineFor(args, new Env(env, in, false), o, e).execute(args);
        o.flush();
        e.flush();
        return new Run(out.toString(), err.toString(), status);
    }
}
