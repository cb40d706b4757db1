package amity.cli;

import amity.report.reconcile.ReconcileReport;
import amity.report.reconcile.Status;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * What --status takes, for help, completion and its converter: the statuses in attention order, then
 * acknowledged, unacknowledged.
 */
class StatusNames extends NamedValues {
    StatusNames() {
        super("a status");
    }

    @Override
    public Iterator<String> iterator() {
        return Stream.concat(Arrays.stream(Status.values()).map(Status::slug),
                ReconcileReport.Acknowledged.WORDS.stream()).iterator();
    }

    /** What --fail-on takes: the statuses, or none. */
    static final class OrNone implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Arrays.stream(Status.values()).map(Status::slug), Stream.of("none")).iterator();
        }
    }
}
