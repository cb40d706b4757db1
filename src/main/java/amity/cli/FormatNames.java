package amity.cli;

import amity.render.Format;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The --format names, for help and shell completion. */
final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }
}
