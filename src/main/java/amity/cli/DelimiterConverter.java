package amity.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --delimiter's value: one character that can separate CSV fields (not the quote, not a line end). */
final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
        if (value.length() != 1) {
            throw new TypeConversionException("'" + value + "' is not one character; the delimiter is a single "
                    + "character, e.g. ';'.");
        }
        char c = value.charAt(0);
        if (c == '"') {
            throw new TypeConversionException("'\"' quotes CSV fields and cannot also separate them; use another "
                    + "character, e.g. ';'.");
        }
        if (c == '\n' || c == '\r') {
            throw new TypeConversionException("a line end separates CSV records and cannot also separate fields; "
                    + "use another character, e.g. ';'.");
        }
        return c;
    }
}
