package amity.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs a test runs (mandoc, bash, zsh, fish): whether this machine has them, and the notice when not. */
final class Tools {
    private Tools() {
    }

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Said (on stderr and as the skipped test's reason) so a missing program is never a silent pass. */
    static String missing(String program) {
        String notice = "NOT RUN: " + program + " is not installed; .ci/run installs it (apt-get install "
                + program + ").";
        System.err.println(notice);
        return notice;
    }
}
