package amity.read;

import amity.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Origin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load pipeline on small data written here: each file read once, checks passed in, snapshots. */
class DataReaderTest {
    static final String PLACES = "places:\n  - {id: alpha, name: Alpha, country: FR, level: city}\n";

    @TempDir
    Path dir;

    @Test
    void aFileNamedDirectlyThroughItsFolderAndThroughALinkIsReadOnce() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path a = Files.writeString(data.resolve("a.yaml"), PLACES);
        Files.createSymbolicLink(data.resolve("link.yaml"), a.getFileName());
        Path elsewhere = Files.createSymbolicLink(dir.resolve("elsewhere.yaml"), a);
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of(data.toString(), a.toString(),
                elsewhere.toString(), data.resolve("../data/a.yaml").toString())));
        assertThat(r.files()).containsExactly(a.toString());
        assertThat(r.dataset().places()).hasSize(1);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void standardInputNamedTwiceIsReadOnce() throws Exception {
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of("-", "-"))
                .withStdin(new ByteArrayInputStream(PLACES.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.files()).containsExactly("<stdin>");
        assertThat(r.dataset().places()).extracting(p -> p.id()).containsExactly("alpha");
    }

    @Test
    void theChecksPassedInRunOnWhatWasReadAndTheirProblemsHavePositions() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), PLACES);
        DataReader.Request plain = DataReader.Request.of(List.of(a.toString()));
        DataReader.Request checked = new DataReader.Request(plain.paths(), plain.stdin(), Optional.empty(),
                d -> d.places().stream().map(p -> new Problem(p.spots().at("id"), 1, "no " + p.id() + ".")).toList());
        DataReader.Result r = DataReader.load(checked);
        // The first, light read has no positions; a problem makes the pipeline read again with them.
        assertThat(r.problems()).extracting(Problem::at).extracting(Origin::line, Origin::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 10));
    }

    @Test
    void cleanDataLeavesASnapshotInTheFolderPassedInAndTheNextLoadUsesIt() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), PLACES);
        Path cache = dir.resolve("snapshots");
        DataReader.Request plain = DataReader.Request.of(List.of(a.toString()));
        DataReader.Request cached = new DataReader.Request(plain.paths(), plain.stdin(), Optional.of(cache),
                plain.checks());
        DataReader.Result cold = DataReader.load(cached);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().endsWith(".snapshot");
        }
        DataReader.Request failing = new DataReader.Request(plain.paths(), plain.stdin(), Optional.of(cache),
                d -> List.of(new Problem(new Origin("x", 1, 1, ""), 1, "the checks ran.")));
        // From the snapshot: clean data is not checked again.
        DataReader.Result warm = DataReader.load(failing);
        assertThat(warm.problems()).isEmpty();
        assertThat(warm.dataset().places()).isEqualTo(cold.dataset().places());
        assertThat(warm.files()).isEqualTo(cold.files());
    }
}
