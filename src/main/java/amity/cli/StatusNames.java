package amity.cli;

import amity.report.Status;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;

/** The finding statuses --status takes, for help and completion: agrees, conflicts, records-short, unverifiable. */
class StatusNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Status.values()).map(Status::slug).iterator();
    }

    /** What --fail-on takes: the statuses, or none. */
    static final class OrNone implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Arrays.stream(Status.values()).map(Status::slug), Stream.of("none")).iterator();
        }
    }
}
