package amity.query;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Dataset;
import amity.model.RecordType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The query catalog offers every field a record type stores, under its key, except the nested
 * ones it exposes through derived fields; a field added to a shape fails here until the catalog
 * has it (or it is named below, with the fields that stand for it).
 */
class CatalogAgainstShapesTest {
    /** Stored keys the catalog shows only through other fields, by record type. */
    private static final Map<RecordType, List<String>> THROUGH_OTHERS = Map.of(
            RecordType.AGREEMENTS, List.of("attested"), // attestations, sources, publishers
            RecordType.PROGRAMS, List.of("attested"), // sources; editions is their count
            RecordType.FIGURES, List.of("counts", "parts_complete")); // derivable; breakdowns in reconcile

    private static final Dataset EMPTY = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            Map.of());

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyStoredKeyIsAField(RecordType type) {
        Catalog catalog = new Catalog(type.plural(), new RecordFields(EMPTY).fields(type, false));
        // A key may be a field under its id's name (a figure's source is source.id, read for "source" too).
        List<String> missing = type.shape().names().stream().filter(k -> catalog.find(k).isEmpty()).toList();
        assertThat(missing).isEqualTo(THROUGH_OTHERS.getOrDefault(type, List.of()));
    }

    /** Miller (and jq's paths) nest dotted names: no column may be named as a dotted prefix of another. */
    @ParameterizedTest
    @EnumSource(RecordType.class)
    void noFieldNameIsADottedPrefixOfAnother(RecordType type) {
        for (boolean of : List.of(false, true)) {
            if (of && type != RecordType.AGREEMENTS) {
                continue;
            }
            List<String> names = new RecordFields(EMPTY).fields(type, of).stream().map(Field::name).toList();
            List<String> prefixes = names.stream().filter(n -> names.stream().anyMatch(m -> m.startsWith(n + ".")))
                    .toList();
            assertThat(prefixes).as("%s%s", type, of ? " --of" : "").isEmpty();
        }
    }
}
