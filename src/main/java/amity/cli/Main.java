package amity.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The program entry: runs amity with UTF-8 output whatever the platform's default, and exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = Amity.commandLine(Env.system(), out, err).execute(args);
        // A closed stdout (amity ... | head -1) is not an error: the reader has what it wanted.
        out.flush();
        err.flush();
        System.exit(code);
    }
}
