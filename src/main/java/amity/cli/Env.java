package amity.cli;

import java.io.InputStream;
import java.util.Map;

/** What a run sees of its surroundings, passed in so tests can set it: environment, stdin, terminal. */
public record Env(Map<String, String> vars, InputStream stdin, boolean terminal) {
    public static Env system() {
        return new Env(System.getenv(), System.in, System.console() != null);
    }

    public String get(String name) {
        String v = vars.get(name);
        return v == null ? "" : v;
    }
}
