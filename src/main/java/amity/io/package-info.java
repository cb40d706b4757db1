/**
 * Files written whole or not at all: {@code AtomicFile} is the one atomic writer (a temporary file
 * in the target's folder, synced, then renamed over it), shared by snapshots, {@code import} and
 * {@code --output}; {@code OsReason} says why the operating system refused a read or a write in the
 * words a user knows. Knows nothing of records.
 */
package amity.io;
