package amity.cli;

import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Place;
import amity.model.RecordType;
import amity.report.AsOf;
import amity.text.Nearest;
import picocli.CommandLine.Option;

/** Which records a query sees: from whose side, as of when, and whether possible matches count. */
public final class SelectOptions {
    @Option(names = "--of", paramLabel = "PLACE", description = "Agreements from one party's side: only that "
            + "place's agreements, with partner, partner.country, partner.continent, ... fields.")
    String of = "";

    @Option(names = "--as-of", paramLabel = "DATE", description = "The records as they stood at the end of DATE "
            + "(an EDTF date: 2016 means at the end of 2016-12-31, 2016-03 at the end of 2016-03-31): "
            + "agreements signed by then and not ended.")
    String asOf = "";

    @Option(names = "--include-possible", description = "Also keep records for which the conditions possibly "
            + "hold (uncertain dates), marked in a 'match' column.")
    boolean includePossible;

    DateInterval asOfDate() {
        if (asOf.isEmpty()) {
            return null;
        }
        try {
            return AsOf.endOf(DateInterval.parse(asOf));
        } catch (DateInterval.Malformed e) {
            throw new Failure(ExitCode.USAGE, "amity: --as-of: " + e.getMessage() + ".");
        }
    }

    /** --of checked, once for every command: a place's id, and only on agreements; "" when not given. */
    String of(Dataset data, String type) {
        if (of.isEmpty()) {
            return of;
        }
        if (!type.equals(RecordType.AGREEMENTS.plural())) {
            throw new Failure(ExitCode.USAGE, "amity: --of works on agreements (seen from one party's side), not "
                    + type + ".");
        }
        if (data.place(of).isEmpty()) {
            throw new Failure(ExitCode.USAGE, "amity: --of: no place has the id '" + of + "'"
                    + Nearest.hint(of, data.places().stream().map(Place::id).toList()));
        }
        return of;
    }
}
