/**
 * Turns data files into a {@link amity.model.Dataset}, keeping the file:line:column of every value.
 *
 * <p>One entry point, {@link amity.read.DataReader#load}: {@code DataFiles} lists the files under
 * the data paths (each file once, however it is named; hidden files skipped); an unchanged data set
 * comes from its {@code Snapshot} in the folder the caller passes; otherwise every file is read by
 * its {@link amity.read.RecordReader} into a {@link amity.read.Batch}, the checks the caller passes
 * run on the result (read again with positions when they find problems), and clean data leaves a
 * snapshot. {@code YamlReader} is the YAML format: {@code TreeReader} parses into {@code YNode}s with
 * positions, {@code RecordBinder} and {@code Fields} bind them to records. A {@link amity.read.Problem}
 * is one error; {@code ProblemFormat} prints it. {@code AtomicFile} is the one atomic file writer,
 * shared by snapshots and {@code --output}.
 *
 * <p>To add a format (e.g. CSV): a class implementing {@code RecordReader} (its file name endings,
 * and a {@code read} that adds records with their {@code Origin}s and problems to the batch), and one
 * entry in {@code DataReader.READERS}; folders then pick up its files. Add a {@code broken/} golden
 * case for each new error message.
 */
package amity.read;
