/**
 * Reads YAML data files into the model, keeping the file:line:column of every value; the snapshot
 * cache; and the one atomic file writer ({@link amity.read.AtomicFile}) snapshots and --output share.
 */
package amity.read;
