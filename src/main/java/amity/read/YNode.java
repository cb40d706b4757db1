package amity.read;

import amity.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;

/** A YAML value as written, with the origin of every node: amity's own tree, so no value loses its place. */
sealed interface YNode {
    Origin at();

    /** A short name of the node's kind for "expected X, found Y" messages. */
    String kind();

    /** A mapping; keys keep their order and their own origin. */
    record YMap(Origin at, LinkedHashMap<String, Entry> entries) implements YNode {
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with where the key was written. */
    record Entry(String key, Origin keyAt, YNode value) {
    }

    record YList(Origin at, List<YNode> items) implements YNode {
        public String kind() {
            return "a list";
        }
    }

    /** A scalar exactly as written (no YAML 1.1 typing); {@code isNull} for an empty value, ~ or null. */
    record YScalar(Origin at, String text, boolean isNull) implements YNode {
        public String kind() {
            return isNull ? "nothing" : "'" + text + "'";
        }
    }
}
