package amity.read;

import amity.model.Dataset;
import amity.problem.Problem;
import amity.read.DataFiles.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The one way data comes in: list the data files under the paths (each once), take the snapshot
 * of an unchanged data set, else read every file with its {@link RecordReader} after the bundled
 * country table, run the checks the caller passes, and leave a snapshot of clean data. Problems
 * are collected, never thrown, so one run reports them all; only a path that cannot be read at all
 * is an {@link Unreadable}.
 */
public final class DataReader {
    /** The formats amity reads, by file name ending; standard input and named files of no known ending are the first. */
    static final List<RecordReader> READERS = List.of(new YamlReader(), new SheetReader());

    /** The largest data file read (1 GiB): larger data is split over several files. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private static final String COUNTRIES = "/amity/data/countries.yaml";

    private DataReader() {
    }

    /**
     * A data path that cannot be read at all (missing, unreadable, a link loop, a folder without
     * data files, empty standard input): exit 66, not a data error. The message starts with the path.
     */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * What to load: the data paths ("-" is standard input; none means the data shipped with amity),
     * standard input, the snapshot folder (none: no snapshots) and the checks to run on what was read.
     */
    public record Request(List<String> paths, InputStream stdin, Optional<Path> snapshots,
            Function<Dataset, List<Problem>> checks) {
        /** The paths read without checks or snapshots, stdin empty: what a test of the reader wants. */
        public static Request of(List<String> paths) {
            return new Request(paths, InputStream.nullInputStream(), Optional.empty(), d -> List.of());
        }

        public Request withStdin(InputStream in) {
            return new Request(paths, in, snapshots, checks);
        }
    }

    /**
     * What was loaded: the records, every problem (reading and checks, sorted), the data files'
     * names as messages show them, the roots read (the shipped data folder when no path was given), and
     * what was skipped (a pipe or device inside a data folder), one sentence each.
     */
    public record Result(Dataset dataset, List<Problem> problems, List<String> files, List<Path> roots,
            List<String> notes) {
    }

    /** Loads the data a request names; see the class comment for the steps. */
    public static Result load(Request request) throws Unreadable {
        List<Path> roots = new ArrayList<>();
        for (String p : request.paths()) {
            roots.add(DataFiles.path(p));
        }
        if (roots.isEmpty()) {
            roots.add(DataFiles.shipped());
        }
        List<String> notes = new ArrayList<>();
        List<Input> inputs = DataFiles.inputs(roots, request.stdin(), notes);
        List<Path> protectedRoots = roots.stream().filter(r -> !r.equals(DataFiles.STDIN)).toList();
        if (!inputs.stream().allMatch(Input::rereadable) || inputs.stream().anyMatch(DataReader::sheet)) {
            // Standard input and pipes are read once: with positions, and never snapshotted; nor is a
            // sheet, whose records depend on its rules file too.
            Batch b = read(inputs, true);
            return result(b, request.checks(), protectedRoots, notes);
        }
        Optional<Path> folder = request.snapshots();
        Optional<List<Snapshot.Stamp>> stamps = Optional.empty();
        if (folder.isPresent()) {
            // Each file read once: the snapshot's stamp is of the bytes parsed, not of a second read.
            List<Input> loaded = new ArrayList<>();
            for (Input in : inputs) {
                loaded.add(in.loaded());
            }
            inputs = loaded;
            stamps = Optional.of(Snapshot.stamps(inputs));
        }
        Optional<Snapshot.Loaded> snapshot = stamps.flatMap(s -> Snapshot.load(folder.get(), s));
        if (snapshot.isPresent()) {
            return new Result(snapshot.get().dataset(), List.of(), snapshot.get().files(), protectedRoots,
                    List.copyOf(notes));
        }
        // First without positions (light and fast); only data with problems is read again with them.
        Result r = result(read(inputs, false), request.checks(), protectedRoots, notes);
        if (!r.problems().isEmpty()) {
            r = result(read(inputs, true), request.checks(), protectedRoots, notes);
        }
        if (r.problems().isEmpty() && stamps.isPresent()) {
            Snapshot.save(folder.get(), stamps.get(), r.dataset(), r.files());
        }
        return r;
    }

    /** A file's bytes as a data file's are read: at most {@link #MAX_FILE_BYTES}, never from a device. */
    public static byte[] bytes(Path f, String name) throws Unreadable {
        return DataFiles.bytes(f, name);
    }

    /** The data set of no data files: the bundled country table only (an import into an empty folder). */
    public static Dataset empty() {
        Batch b = new Batch();
        readCountryTable(b, false);
        return b.dataset();
    }

    private static Result result(Batch b, Function<Dataset, List<Problem>> checks, List<Path> roots,
            List<String> notes) {
        SheetReader.match(b);
        Dataset d = b.dataset();
        List<Problem> problems = new ArrayList<>(b.problems);
        problems.addAll(checks.apply(d));
        Collections.sort(problems);
        return new Result(d, List.copyOf(problems), List.copyOf(b.files), roots, List.copyOf(notes));
    }

    /**
     * The bundled country table, then every input, side by side on the machine's cores (each into
     * its own batch) and joined in input order: the same result as reading them one after another.
     * The largest files go first, each core taking the next file when it is free, so that the cores
     * finish together rather than one reading the last big file alone.
     */
    private static Batch read(List<Input> inputs, boolean positions) throws Unreadable {
        Batch all = new Batch();
        readCountryTable(all, positions);
        Object[] parts = new Object[inputs.size()];
        Integer[] order = new Integer[inputs.size()];
        long[] sizes = new long[inputs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            sizes[i] = size(inputs.get(i));
        }
        Arrays.sort(order, (a, b) -> Long.compare(sizes[b], sizes[a]));
        AtomicInteger next = new AtomicInteger();
        int cores = Math.min(inputs.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, cores).parallel().forEach(core -> {
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                Input in = inputs.get(order[k]);
                Batch part = new Batch();
                try {
                    readInput(in, positions, part);
                    parts[order[k]] = part;
                } catch (Unreadable e) {
                    parts[order[k]] = e;
                }
            }
        });
        for (Object o : parts) {
            if (o instanceof Unreadable e) {
                throw e;
            }
            all.addAll((Batch) o);
        }
        return all;
    }

    private static long size(Input in) {
        try {
            return in.isStdin() ? in.bytes().length : Files.size(in.file());
        } catch (IOException | Unreadable e) {
            return 0;
        }
    }

    private static void readCountryTable(Batch into, boolean positions) {
        try (InputStream in = DataReader.class.getResourceAsStream(COUNTRIES)) {
            if (in != null) {
                READERS.get(0).read("data/countries.yaml", in.readAllBytes(), positions, into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        into.files.clear();
    }

    private static void readInput(Input in, boolean positions, Batch into) throws Unreadable {
        // The bundled table is already read; a data set that ships its own copy must not read it twice.
        if (!in.isStdin() && in.file().getFileName().toString().equals("countries.yaml") && sameAsBundled(in.file())) {
            into.files.add(in.name());
            return;
        }
        reader(in).read(in.name(), in.bytes(), positions, into);
    }

    /** The reader for an input's name; standard input and a file named directly whatever its ending: the first. */
    private static RecordReader reader(Input in) {
        String name = in.isStdin() ? "" : in.file().getFileName().toString();
        return READERS.stream().filter(r -> r.reads(name)).findFirst().orElse(READERS.get(0));
    }

    private static boolean sheet(Input in) {
        return !in.isStdin() && READERS.get(1).reads(in.file().getFileName().toString());
    }

    /** Plugs in what turns a sheet's rows into records, for {@code --data twins.csv} (see {@link SheetReader}). */
    public static void readSheetsWith(SheetReader.Rows rows) {
        SheetReader.use(rows);
    }

    private static boolean sameAsBundled(Path f) {
        try (InputStream in = DataReader.class.getResourceAsStream(COUNTRIES)) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(f));
        } catch (IOException e) {
            return false;
        }
    }
}
