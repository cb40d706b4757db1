package amity.cli;

import amity.text.Nearest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose values are names from a list the code holds (reconcile's checks, its statuses):
 * picocli's converter, which refuses any other name, and the completion candidates, from one list.
 * A refusal reads as amity's own usage errors do ("--check: 'figures' is not a check; did you mean
 * 'figure'?"), not as picocli's "Invalid value for option".
 */
abstract class NamedValues implements ITypeConverter<String>, Iterable<String> {
    private final String what;

    NamedValues(String what) {
        this.what = what;
    }

    @Override
    public String convert(String value) {
        List<String> names = new ArrayList<>();
        forEach(names::add);
        if (names.contains(value)) {
            return value;
        }
        throw new NotNamed("'" + value + "' is not " + what + Nearest.hintOrList(value, names));
    }

    /** A name not in the list; the parameter exception handler says it after the option's name. */
    static final class NotNamed extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        NotNamed(String message) {
            super(message);
        }
    }
}
