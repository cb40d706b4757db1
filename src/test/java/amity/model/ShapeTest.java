package amity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each shape declares exactly its record's components, in order, each of the kind it holds. */
class ShapeTest {

    @ParameterizedTest
    @EnumSource(Shape.class)
    void everyKeyReadsTheValueTheRecordWasMadeWith(Shape shape) throws ReflectiveOperationException {
        Object[] values = Samples.values(shape, 7);
        Object record = Samples.make(shape, values);
        List<RecordComponent> fields = Arrays.stream(shape.model().getRecordComponents())
                .filter(c -> c.getType() != Spots.class && c.getType() != Published.class).toList();
        for (int i = 0; i < values.length; i++) {
            assertThat(fields.get(i).getAccessor().invoke(record)).as(shape + "." + shape.names().get(i))
                    .isEqualTo(values[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theKeysAreTheRecordComponentsInOrder(Shape shape) {
        RecordComponent[] components = shape.model().getRecordComponents();
        List<RecordComponent> fields = Arrays.stream(components).filter(c -> c.getType() != Spots.class && c.getType() != Published.class).toList();
        assertThat(fields.stream().map(RecordComponent::getName).toList())
                .isEqualTo(shape.names().stream().map(ShapeTest::camel).toList());
        for (int i = 0; i < fields.size(); i++) {
            assertThat(kindOf(fields.get(i).getGenericType())).as(shape + "." + shape.names().get(i))
                    .isEqualTo(shape.keys().get(i).kind());
        }
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void aRecordKnowsItsType(RecordType type) {
        Identified r = (Identified) Samples.record(type.shape(), 3);
        assertThat(r.recordType()).isEqualTo(type);
        assertThat(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of())
                .records(type)).isEmpty();
    }

    private static String camel(String key) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private static Shape.Kind kindOf(Type t) {
        if (t instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[0];
            if (p.getRawType() == Optional.class && arg == Counts.class) {
                return Shape.Kind.COUNTS;
            }
            if (p.getRawType() == List.class) {
                return arg == String.class ? Shape.Kind.TEXTS : arg == Attestation.class ? Shape.Kind.ATTESTATIONS
                        : arg == Edition.class ? Shape.Kind.EDITIONS
                        : arg == Predecessor.class ? Shape.Kind.PREDECESSORS : null;
            }
            return null;
        }
        if (t == String.class) {
            return Shape.Kind.TEXT;
        }
        if (t == DateInterval.class) {
            return Shape.Kind.DATE;
        }
        if (t == Ending.class) {
            return Shape.Kind.ENDING;
        }
        if (t == boolean.class) {
            return Shape.Kind.BOOLEAN;
        }
        if (t == BigDecimal.class) {
            return Shape.Kind.NUMBER;
        }
        return t == Qualifier.class ? Shape.Kind.QUALIFIER : null;
    }

    @org.junit.jupiter.api.Test
    void aCountsRuleCountsTheQueryableTypes() {
        assertThat(Vocabulary.COUNTED_TYPES.words()).isEqualTo(RecordType.queryableNames());
    }
}
