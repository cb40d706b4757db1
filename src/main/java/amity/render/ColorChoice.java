package amity.render;

import java.util.Map;

/** Whether to colour: --color=always|never, or auto (a terminal, NO_COLOR unset or empty, TERM not dumb). */
public enum ColorChoice {
    AUTO, ALWAYS, NEVER;

    public boolean resolve(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
