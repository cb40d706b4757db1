package amity.read;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Program;
import amity.model.Samples;
import amity.model.Shape;
import amity.model.Source;
import amity.model.Spots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The record writer writes every field Shape declares, and what it writes reads back as the same records. */
class RecordWriterTest {

    @Test
    void aRecordOfEveryTypeWithEveryFieldSetReadsBackTheSame() throws IOException {
        DataFile f = new DataFile(List.of((Source) Samples.record(Shape.SOURCE, 1)),
                List.of((Place) Samples.record(Shape.PLACE, 2)), List.of((Agreement) Samples.record(Shape.AGREEMENT, 3)),
                List.of(new DataFile.Loose("agreement.id.300", "", (amity.model.Attestation) Samples.record(
                        Shape.ATTESTATION, 4))),
                List.of((Program) Samples.record(Shape.PROGRAM, 5)), List.of((Figure) Samples.record(Shape.FIGURE, 6)),
                List.of((Acknowledgement) Samples.record(Shape.ACKNOWLEDGEMENT, 7)));
        String written = write(f);
        DataFile back = DataFile.read("sample.yaml", written.getBytes(StandardCharsets.UTF_8)).file();
        assertThat(plain(back)).isEqualTo(plain(f));
        assertThat(write(back)).isEqualTo(written);
    }

    @Test
    void everyShippedFileIsWrittenStablyAndReadsBackTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("data"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("countries.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(3);
        for (Path p : files) {
            DataFile.Read r = DataFile.read(p.toString(), Files.readAllBytes(p));
            assertThat(r.problems()).as(p.toString()).isEmpty();
            String once = write(r.file());
            DataFile back = DataFile.read(p.toString(), once.getBytes(StandardCharsets.UTF_8)).file();
            assertThat(plain(back)).as(p.toString()).isEqualTo(plain(r.file()));
            assertThat(write(back)).as(p.toString()).isEqualTo(once);
        }
    }

    @Test
    void valuesYamlWouldReadOtherwiseAreQuoted() throws IOException {
        Place p = new Place("no", "null", List.of("yes", "~", "1994", "a: b", "#x"), "NO", "", "city", "", false, "", "", "",
                Spots.NONE);
        DataFile f = new DataFile(List.of(), List.of(p), List.of(), List.of(), List.of(), List.of(), List.of());
        DataFile back = DataFile.read("q.yaml", write(f).getBytes(StandardCharsets.UTF_8)).file();
        assertThat(plain(back)).isEqualTo(plain(f));
    }

    private static String write(DataFile f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordWriter.write(f, "a test", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The records' values without their positions, nested records included. */
    private static Object plain(Object o) {
        if (o instanceof Record r) {
            List<Object> values = new ArrayList<>();
            values.add(r.getClass().getSimpleName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() != Spots.class) {
                    try {
                        values.add(plain(c.getAccessor().invoke(r)));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return values;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(RecordWriterTest::plain).toList();
        }
        if (o instanceof Optional<?> opt) {
            return opt.map(RecordWriterTest::plain);
        }
        return o;
    }
}
