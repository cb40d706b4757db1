package amity.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The program entry: runs amity with UTF-8 output whatever the platform's default, and exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // JDK 25's BigDecimal computes 5^65536 in its static initializer: over 10 ms of interpreted
        // code that every command reading data needs (figures' values). Done on another core while
        // picocli starts; not for --version or --help alone, which read none.
        if (!Amity.words(args).isEmpty()) {
            Thread warm = new Thread(() -> java.math.BigDecimal.ONE.signum(), "amity-warm-up");
            warm.setDaemon(true);
            warm.start();
        }
        System.exit(run(args, Env.system(), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err)));
    }

    /** Runs one command line, and says the exit status. The training run (Train) comes through here too. */
    static int run(String[] args, Env env, OutputStream standardOut, OutputStream standardErr) {
        Stdout stdout = new Stdout(standardOut);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(standardErr, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Amity.commandLineFor(args, env, out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("amity: out of memory: the data needs more than the " + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MiB Java may use; give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g.");
            code = ExitCode.SOFTWARE;
        } catch (StackOverflowError e) {
            err.println("amity: internal error: " + e + "; please report it.");
            code = ExitCode.SOFTWARE;
        }
        out.flush();
        if (stdout.failure != null) {
            code = stdout.brokenPipe() ? code : failed(err, stdout.failure);
        }
        err.flush();
        return code;
    }

    private static int failed(PrintWriter err, IOException e) {
        err.println("amity: cannot write the output: " + amity.io.OsReason.of(e) + "; it is incomplete.");
        return ExitCode.OUTPUT;
    }

    /** Standard output that keeps its first error, which PrintWriter would otherwise swallow. */
    private static final class Stdout extends FilterOutputStream {
        IOException failure;

        Stdout(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** A closed stdout (amity ... | head -1) is not an error: the reader has what it wanted. */
        boolean brokenPipe() {
            return failure.getMessage() != null && failure.getMessage().contains("Broken pipe");
        }
    }
}
