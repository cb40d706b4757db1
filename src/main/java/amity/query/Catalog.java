package amity.query;

import amity.model.RecordType;
import amity.text.Nearest;
import java.util.List;
import java.util.Optional;

/** The fields of one record type, by name, with "did you mean" for misspellings. */
public record Catalog(String type, List<Field> fields) {
    /** The partner's id: named so that no column name is a dotted prefix of another (Miller nests them). */
    public static final String PARTNER_ID = "partner.id";
    /** A figure's source id, named for the same reason beside source.publisher and source.published. */
    public static final String SOURCE_ID = "source.id";
    /** The former names of those ids, still read where the catalog has no field of that name. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of("partner", PARTNER_ID, "source",
            SOURCE_ID);

    /** The field of that name, or of the id it is an alias of ({@code partner}, a figure's {@code source}). */
    public Optional<Field> find(String name) {
        Optional<Field> exact = exactly(name);
        return exact.isPresent() || !ALIASES.containsKey(name) ? exact : exactly(ALIASES.get(name));
    }

    private Optional<Field> exactly(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names of its fields, in catalog order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** The end of an "unknown field" sentence: a suggestion, or where to look. */
    public String hint(String name) {
        if (name.startsWith("partner") && type.equals(RecordType.AGREEMENTS.plural()) && find(PARTNER_ID).isEmpty()) {
            return "; partner fields exist when agreements are seen from one side, with --of PLACE.";
        }
        return Nearest.hint(name, names(), "; run 'amity fields " + type + "' to list them.");
    }
}
