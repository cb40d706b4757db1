package amity.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What a run sees of its surroundings, passed in so tests can set it: environment, stdin, terminal. */
public record Env(Map<String, String> vars, InputStream stdin, boolean terminal) {
    public static Env system() {
        return new Env(System.getenv(), System.in, System.console() != null);
    }

    public String get(String name) {
        String v = vars.get(name);
        return v == null ? "" : v;
    }

    /**
     * The snapshot folder: $XDG_CACHE_HOME/amity/snapshots, else $HOME/.cache/amity/snapshots; none
     * (no snapshots) when neither is set or AMITY_SNAPSHOT=off.
     */
    public Optional<Path> snapshots() {
        if (get("AMITY_SNAPSHOT").equals("off")) {
            return Optional.empty();
        }
        String xdg = get("XDG_CACHE_HOME");
        String home = get("HOME");
        Optional<Path> base = !xdg.isEmpty() ? Optional.of(Path.of(xdg))
                : !home.isEmpty() ? Optional.of(Path.of(home, ".cache")) : Optional.empty();
        return base.map(b -> b.resolve("amity").resolve("snapshots"));
    }
}
