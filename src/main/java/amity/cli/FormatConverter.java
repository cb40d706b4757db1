package amity.cli;

import amity.render.Format;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --format names in lower case, listing the choices on a mistake. */
final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        for (Format f : Format.values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a format; use one of: "
                + String.join(", ", new FormatNames()) + ".");
    }
}
