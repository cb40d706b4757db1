package amity.query;

import amity.model.RecordType;
import amity.text.Nearest;
import java.util.List;
import java.util.Optional;

/** The fields of one record type, by name, with "did you mean" for misspellings. */
public record Catalog(String type, List<Field> fields) {
    /** The partner's id: named so that no column name is a dotted prefix of another (Miller nests them). */
    public static final String PARTNER_ID = "partner.id";
    private static final String PARTNER_ALIAS = "partner";

    /** The field of that name; {@code partner}, the partner's id's former name, is read as {@code partner.id}. */
    public Optional<Field> find(String name) {
        String wanted = name.equals(PARTNER_ALIAS) ? PARTNER_ID : name;
        return fields.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    public Optional<String> nearest(String name) {
        return Nearest.to(name, fields.stream().map(Field::name).toList());
    }

    /** The end of an "unknown field" sentence: a suggestion, or where to look. */
    public String hint(String name) {
        if (name.startsWith("partner") && type.equals(RecordType.AGREEMENTS.plural()) && find(PARTNER_ID).isEmpty()) {
            return "; partner fields exist when agreements are seen from one side, with --of PLACE.";
        }
        return Nearest.hint(name, fields.stream().map(Field::name).toList(),
                "; run 'amity fields " + type + "' to list them.");
    }
}
