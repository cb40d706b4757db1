package amity.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --limit's value: a number of rows, 1 or more (to show every row, leave the option out). */
final class RowCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of rows; give a whole number, 1 or "
                    + "more.");
        }
        if (n < 1) {
            throw new TypeConversionException(n + " rows is no output; give 1 or more, or leave --limit out to "
                    + "show every row.");
        }
        return n;
    }
}
