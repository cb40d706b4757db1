package amity.cli;

import amity.model.RecordType;
import java.util.Iterator;

/** The record types list, filter, aggregate and fields take, for help and shell completion. */
final class RecordTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return RecordType.queryableNames().iterator();
    }
}
