package amity.model;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Records of every shape with a distinct, non-default value in every field, for tests that must
 * notice a field dropped or swapped on the way through (the snapshot, the reader).
 */
public final class Samples {
    private Samples() {
    }

    /** The values of a record of {@code shape}, one per key; {@code seed} makes them differ between records. */
    public static Object[] values(Shape shape, int seed) {
        List<Key<?, ?>> keys = shape.keys();
        Object[] v = new Object[keys.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value(shape, keys.get(i), seed * 100 + i);
        }
        return v;
    }

    /** A record of {@code shape} made of {@link #values} (and no positions), through its canonical constructor. */
    public static Object record(Shape shape, int seed) {
        return make(shape, values(shape, seed));
    }

    /** The record of {@code shape} holding {@code values}, one per key, with {@link Spots#NONE} (and {@link Published#NONE}). */
    public static Object make(Shape shape, Object[] values) {
        RecordComponent[] components = shape.model().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int v = 0;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == Spots.class ? Spots.NONE : types[i] == Published.class ? Published.NONE : values[v++];
        }
        try {
            return shape.model().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Shape shape, Key<?, ?> key, int n) {
        String tag = shape.name().toLowerCase(java.util.Locale.ROOT) + "." + key.name() + "." + n;
        return switch (key.kind()) {
            case TEXT -> tag;
            case TEXTS -> List.of(tag + ".a", tag + ".b", tag + ".c");
            case DATE -> DateInterval.of((1900 + n % 100) + "-0" + (1 + n % 9) + "~");
            case ENDING -> new Ending.Ended(DateInterval.of((1950 + n % 50) + "/" + (2000 + n % 20) + "?"));
            case BOOLEAN -> true;
            case NUMBER -> new BigDecimal(n + ".25");
            case QUALIFIER -> Qualifier.values()[1 + n % (Qualifier.values().length - 1)];
            case ATTESTATIONS -> List.of(record(Shape.ATTESTATION, n), record(Shape.ATTESTATION, n + 1));
            case PREDECESSORS -> List.of(record(Shape.PREDECESSOR, n), record(Shape.PREDECESSOR, n + 1));
            case EDITIONS -> List.of(record(Shape.EDITION, n), record(Shape.EDITION, n + 1));
            case COUNTS -> Optional.of(record(Shape.COUNTS, n));
        };
    }
}
