package amity.read;

import java.util.List;

/**
 * One data file format. A reader turns one file's bytes into records, each with the file:line:column
 * of its values (when positions are asked for), and adds every problem it finds to the batch rather
 * than throwing. {@link DataReader#READERS} lists the readers; a folder's files are read by the
 * reader whose extension they have.
 */
public interface RecordReader {
    /** The file name endings this reader reads, e.g. {@code .yaml}; the first one names the format. */
    List<String> extensions();

    /**
     * Reads one file (or standard input) named {@code name} in messages. Without {@code positions}
     * values need not record where they were written (a light first read; data with problems is
     * read again with them).
     */
    void read(String name, byte[] bytes, boolean positions, Batch into);

    /** Whether this reader reads a file of this name. */
    default boolean reads(String fileName) {
        return extensions().stream().anyMatch(fileName::endsWith);
    }

    /** Whether a file found in a data folder is this reader's data (a sheet is only with its rules). */
    default boolean reads(java.nio.file.Path file) {
        return reads(file.getFileName().toString());
    }
}
