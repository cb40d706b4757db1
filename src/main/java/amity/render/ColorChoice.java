package amity.render;

import java.util.Map;

/** Whether to colour: --color=always|never, or auto (a terminal, NO_COLOR unset or empty, TERM not dumb). */
public final class ColorChoice {
    private ColorChoice() {
    }

    public static boolean resolve(String when, Map<String, String> env, boolean terminal) {
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> terminal && isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
            default -> throw new IllegalArgumentException("--color: '" + when + "' is not auto, always or never");
        };
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
