package amity.read;

import amity.model.Key;
import amity.model.RecordType;
import amity.model.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The JSON Schema of a data file (docs/amity-data.schema.json), made from the {@link Shape}s' keys, so
 * an editor with a YAML language server completes and checks keys, closed words and required fields.
 * It accepts what the reader accepts as YAML (a text may be written as a number, a list of one as its
 * item); what it cannot say (dates' syntax, ids that resolve) is left to {@code amity check}.
 */
public final class DataSchema {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DataSchema() {
    }

    /** The schema as written to docs/amity-data.schema.json: two-space indents, a final newline. */
    public static String text() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema())
                    .replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "amity data file");
        root.put("description", "A data file of amity: sources, places, agreements, attestations, programs, "
                + "figures, acknowledgements and countries; see amity-data(5). Generated from amity.model.Shape.");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode lists = root.putObject("properties");
        ObjectNode defs = JSON.objectNode();
        for (String list : YamlReader.LISTS) {
            String item = list.equals("attestations") ? "loose_attestation"
                    : list.equals("countries") ? def(Shape.COUNTRY) : def(RecordType.named(list).orElseThrow().shape());
            ObjectNode p = lists.putObject(list);
            p.set("type", types("array", "null"));
            p.putObject("items").put("$ref", "#/$defs/" + item);
        }
        for (Shape s : Shape.values()) {
            defs.set(def(s), record(s));
        }
        ObjectNode loose = record(Shape.ATTESTATION);
        loose.put("description", "an attestation written apart from its record: it names the agreement or program "
                + "it attests");
        ObjectNode props = JSON.objectNode();
        props.set("agreement", text("the id of the agreement it attests"));
        props.set("program", text("the id of the program it attests"));
        props.setAll((ObjectNode) loose.get("properties"));
        loose.set("properties", props);
        ArrayNode oneOf = loose.putArray("oneOf");
        oneOf.addObject().putArray("required").add("agreement");
        oneOf.addObject().putArray("required").add("program");
        defs.set("loose_attestation", loose);
        root.set("$defs", defs);
        return root;
    }

    private static String def(Shape s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode record(Shape s) {
        ObjectNode o = JSON.objectNode();
        o.put("description", s.what());
        o.put("type", "object");
        o.put("additionalProperties", false);
        ArrayNode required = JSON.arrayNode();
        ObjectNode props = o.putObject("properties");
        for (Key<?, ?> k : s.keys()) {
            props.set(k.name(), value(k));
            if (k.required()) {
                required.add(k.name());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        return o;
    }

    private static ObjectNode value(Key<?, ?> k) {
        ObjectNode v = JSON.objectNode();
        v.put("description", k.meaning());
        if (k.words().closed()) {
            ArrayNode words = v.putArray("enum");
            k.words().words().forEach(words::add);
            if (!k.required()) {
                words.add("");
                words.addNull();
            }
            return v;
        }
        switch (k.kind()) {
            case TEXT -> v.set("type", types("string", "number", "boolean", "null"));
            case TEXTS -> {
                v.set("type", types("array", "string", "number", "null"));
                v.putObject("items").set("type", types("string", "number", "boolean"));
            }
            case DATE, ENDING -> {
                v.set("type", types("string", "integer", "null"));
                v.put("description", k.meaning() + " (a date: 1979-03-14, 1979-03, 1979, 1980/1989, ../1989, "
                        + "1979~)");
            }
            case BOOLEAN -> {
                ArrayNode values = v.putArray("enum");
                values.add(true).add(false).add("true").add("false").add("yes").add("no").add("").addNull();
            }
            case NUMBER -> {
                v.set("type", types("number", "string"));
                v.put("pattern", "^-?[0-9]+([.][0-9]+)?$");
            }
            case ATTESTATIONS, PREDECESSORS, EDITIONS -> {
                v.set("type", types("array", "null"));
                v.putObject("items").put("$ref", "#/$defs/" + def(Shape.of(k.kind()).orElseThrow()));
            }
            case COUNTS -> v.put("$ref", "#/$defs/" + def(Shape.COUNTS));
            case QUALIFIER -> throw new IllegalStateException("a qualifier has its words");
        }
        return v;
    }

    private static ObjectNode text(String meaning) {
        ObjectNode v = JSON.objectNode();
        v.put("description", meaning);
        v.set("type", types("string", "null"));
        return v;
    }

    private static ArrayNode types(String... names) {
        ArrayNode a = JSON.arrayNode();
        for (String n : names) {
            a.add(n);
        }
        return a;
    }
}
