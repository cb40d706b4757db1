package amity.cli;

/** Ends a command with a message for stderr and an exit status; never a stack trace unless --debug. */
public final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public Failure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
