package amity.model;

/** A record with an id unique across all data files, and the spots it was read from. */
public interface Identified {
    String id();

    Spots spots();
}
