package amity.cli;

/**
 * Whether this run rewrites golden and generated files instead of comparing them: only when asked
 * on the command line ({@code mvn test -Damity.update=true}, which the pom hands to the test JVM),
 * never through the environment, so a normal run cannot rewrite its expectations and pass.
 */
final class Update {
    private Update() {
    }

    static boolean requested() {
        return Boolean.getBoolean("amity.update");
    }
}
