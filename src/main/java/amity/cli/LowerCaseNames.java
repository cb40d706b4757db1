package amity.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum option's values by their lower-case names: picocli's converter (a mistake is a usage error
 * listing the choices) and its completion candidates, so help, completion and errors name the same values.
 */
abstract class LowerCaseNames<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;
    private final String what;

    LowerCaseNames(Class<E> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new TypeConversionException("'" + value + "' is not " + what + "; use one of: "
                + String.join(", ", this) + ".");
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(LowerCaseNames::name).iterator();
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
