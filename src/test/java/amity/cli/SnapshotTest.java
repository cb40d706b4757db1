package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot in the cache folder: the same answers as reading the YAML, remade whenever a data
 * file changes (even keeping its size and time), and a damaged or foreign one is a slow run, never
 * a wrong answer.
 */
class SnapshotTest {
    @TempDir
    Path dir;
    Path data;
    Map<String, String> env;

    @BeforeEach
    void copyTheShippedData() throws IOException {
        data = shippedDataIn(dir);
        env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    /** A copy of the shipped data files in DIR/data. */
    static Path shippedDataIn(Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        return data;
    }

    Run run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        return Run.with(env, "", all);
    }

    List<Path> snapshots() throws IOException {
        Path folder = dir.resolve("cache/amity/snapshots");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void aWarmRunAnswersExactlyAsAColdOne() throws IOException {
        List<String[]> all = new java.util.ArrayList<>(List.of(new String[][] {{"reconcile"},
            {"reconcile", "--format", "json"}, {"show", "beijing"}, {"show", "ack-dates-manila"},
            {"show", "beijing-berlin"},
            {"aggregate", "agreements", "--of", "beijing", "--by", "partner.continent"}, {"check"}}));
        // Every field of every record type, as json.
        amity.query.RecordFields catalog = new amity.query.RecordFields(new amity.model.Dataset(List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of()));
        for (amity.model.RecordType type : amity.model.RecordType.queryable()) {
            String fields = String.join(",", catalog.fields(type, false).stream().map(f -> f.name()).toList());
            all.add(new String[] {"list", type.plural(), "--fields", fields, "-o", "json"});
        }
        all.add(new String[] {"list", "agreements", "--of", "beijing", "-o", "json", "--fields", String.join(",",
                catalog.fields(amity.model.RecordType.AGREEMENTS, true).stream().map(f -> f.name()).toList())});
        String[][] commands = all.toArray(String[][]::new);
        Run[] cold = new Run[commands.length];
        for (int i = 0; i < commands.length; i++) {
            cold[i] = Run.with(Map.of(), "", Stream.concat(Stream.of(commands[i]),
                    Stream.of("--data", data.toString())).toArray(String[]::new));
            assertThat(cold[i].status()).as(String.join(" ", commands[i])).isZero();
            assertThat(cold[i].out()).as(String.join(" ", commands[i])).isNotEmpty();
        }
        run("check");
        assertThat(snapshots()).hasSize(1);
        for (int i = 0; i < commands.length; i++) {
            assertThat(run(commands[i])).as(String.join(" ", commands[i])).isEqualTo(cold[i]);
        }
    }

    @Test
    void aChangeThatKeepsSizeAndTimeIsSeen() throws IOException {
        run("check");
        Path places = data.resolve("places.yaml");
        FileTime time = Files.getLastModifiedTime(places);
        String text = Files.readString(places, StandardCharsets.UTF_8);
        assertThat(text).contains("name: \"Beijing\"\n");
        Files.writeString(places, text.replace("name: \"Beijing\"\n", "name: \"Peking!\"\n"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(places, time);
        assertThat(run("show", "beijing", "--fields", "field,value").out()).contains("Peking!");
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndRemade() throws IOException {
        String expected = run("reconcile").out();
        Path snapshot = snapshots().get(0);
        byte[] bytes = Files.readAllBytes(snapshot);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(snapshot, bytes);
        Run damaged = run("reconcile");
        assertThat(damaged.out()).isEqualTo(expected);
        assertThat(damaged.err()).isEqualTo(run("reconcile").err());
        assertThat(Files.readAllBytes(snapshot)).isNotEqualTo(bytes);

        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThat(run("reconcile").out()).isEqualTo(expected);
    }

    @Test
    void aSnapshotFromAnotherVersionIsNotRead() throws IOException {
        String expected = run("list", "places", "-o", "csv").out();
        Path snapshot = snapshots().get(0);
        byte[] bytes = Files.readAllBytes(snapshot);
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int version = all.indexOf("0.1.0");
        assertThat(version).isPositive();
        bytes[version] = '9';
        Files.write(snapshot, bytes);
        assertThat(run("list", "places", "-o", "csv").out()).isEqualTo(expected);
        assertThat(new String(Files.readAllBytes(snapshot), StandardCharsets.ISO_8859_1)).contains("0.1.0/");
    }

    /**
     * The snapshot is keyed to the build's digest (its classes and bundled data), not to the version
     * string alone: one from a build with other checks or another country table is not read.
     */
    @Test
    void aSnapshotFromAnotherBuildOfTheSameVersionIsNotRead() throws IOException {
        String build;
        try (var in = SnapshotTest.class.getResourceAsStream("/amity/build.digest")) {
            assertThat(in).as("the build's digest in the classes").isNotNull();
            build = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        assertThat(build).matches("[0-9a-f]{32}");
        String expected = run("list", "places", "-o", "csv").out();
        Path snapshot = snapshots().get(0);
        byte[] bytes = Files.readAllBytes(snapshot);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(build);
        assertThat(at).as("the digest in the snapshot's header").isPositive();
        bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
        Files.write(snapshot, bytes);
        assertThat(run("list", "places", "-o", "csv").out()).isEqualTo(expected);
        assertThat(new String(Files.readAllBytes(snapshot), StandardCharsets.ISO_8859_1)).contains(build);
    }

    /**
     * The digest covers every class and data file: a changed country table is another build. The
     * build tool is not on the tests' class path; it is loaded from where the build compiled it.
     */
    @Test
    void theBuildDigestChangesWithTheBundledData() throws Exception {
        Path tools = Path.of("target/build-classes");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {tools.toUri().toURL()},
                SnapshotTest.class.getClassLoader())) {
            java.lang.reflect.Method digest = loader.loadClass("amity.cli.GenerateBuildDigest")
                    .getDeclaredMethod("digest", Path.class, List.class);
            digest.setAccessible(true);
            Path classes = Files.createDirectories(dir.resolve("classes/amity/data"));
            Files.writeString(classes.resolve("countries.yaml"), "countries:\n  - {code: FR, continent: Europe}\n");
            Files.writeString(dir.resolve("classes/amity/A.class"), "code");
            List<String> libraries = List.of("/m2/jackson-core-2.18.2.jar");
            Object before = digest.invoke(null, dir.resolve("classes"), libraries);
            assertThat(digest.invoke(null, dir.resolve("classes"), libraries)).isEqualTo(before);
            Files.writeString(dir.resolve("classes/amity/build.digest"), "an earlier digest");
            assertThat(digest.invoke(null, dir.resolve("classes"), libraries))
                    .as("the digest's own file is not part of it").isEqualTo(before);
            assertThat(digest.invoke(null, dir.resolve("classes"), List.of("/m2/jackson-core-2.18.3.jar")))
                    .isNotEqualTo(before);
            Files.writeString(classes.resolve("countries.yaml"), "countries:\n  - {code: FR, continent: Asia}\n");
            assertThat(digest.invoke(null, dir.resolve("classes"), libraries)).isNotEqualTo(before);
        }
    }

    @Test
    void dataWithErrorsLeavesNoSnapshot() throws IOException {
        Files.writeString(data.resolve("bad.yaml"), "places:\n  - {id: rome, name: Rome, country: XX, level: city}\n");
        assertThat(run("check").status()).isEqualTo(65);
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void anUnwritableCacheOnlyMeansNoSnapshot() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("cache-file"), "");
        env = Map.of("XDG_CACHE_HOME", notAFolder.toString());
        Run r = run("check");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void snapshotsCanBeTurnedOff() throws IOException {
        env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "AMITY_SNAPSHOT", "off");
        run("check");
        assertThat(snapshots()).isEmpty();
    }
}
