package amity.model;

/**
 * A record with an id unique across all data files, and the spots it was read from: one of the
 * closed set of {@link RecordType}s.
 */
public sealed interface Identified permits Agreement, Program, Figure, Source, Place, Acknowledgement {
    String id();

    Spots spots();

    /** The type this record is one of. */
    RecordType recordType();
}
