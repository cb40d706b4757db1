package amity.query;

import amity.model.RecordType;
import amity.text.Nearest;
import java.util.List;
import java.util.Optional;

/** The fields of one record type, by name, with "did you mean" for misspellings. */
public record Catalog(String type, List<Field> fields) {
    public Optional<Field> find(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<String> nearest(String name) {
        return Nearest.to(name, fields.stream().map(Field::name).toList());
    }

    /** The end of an "unknown field" sentence: a suggestion, or where to look. */
    public String hint(String name) {
        if (name.startsWith("partner") && type.equals(RecordType.AGREEMENTS.plural()) && find("partner").isEmpty()) {
            return "; partner fields exist when agreements are seen from one side, with --of PLACE.";
        }
        return Nearest.hint(name, fields.stream().map(Field::name).toList(),
                "; run 'amity fields " + type + "' to list them.");
    }
}
