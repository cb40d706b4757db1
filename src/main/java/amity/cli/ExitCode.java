package amity.cli;

/** amity's exit statuses (documented in README and --help), after BSD sysexits where one fits. */
public final class ExitCode {
    private ExitCode() {
    }

    public static final int OK = 0;
    /** reconcile found conflicts; a query with --fail-if-empty matched nothing. */
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    /** The data has errors (EX_DATAERR). */
    public static final int DATA = 65;
    /** A data path does not exist or cannot be read (EX_NOINPUT). */
    public static final int NO_INPUT = 66;
    /** A bug in amity (EX_SOFTWARE). */
    public static final int SOFTWARE = 70;
    /** The output could not be written: a read-only folder, a full disk (EX_IOERR). */
    public static final int OUTPUT = 74;
    /** Interrupted by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
    public static final int INTERRUPTED = 130;
    /** No JDK 17 or newer (used by bin/amity, EX_UNAVAILABLE). */
    public static final int UNAVAILABLE = 69;
}
