package amity.cli;

import amity.read.Vocabulary;
import java.util.Iterator;

/** The record types list, filter, aggregate and fields take, for help and shell completion. */
final class RecordTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Vocabulary.RECORD_TYPES.iterator();
    }
}
