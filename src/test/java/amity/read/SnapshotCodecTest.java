package amity.read;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Program;
import amity.model.RecordType;
import amity.model.Samples;
import amity.model.Shape;
import amity.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The snapshot gives back every field of every record: the shipped data and records with a
 * non-default value in every field come back equal, record by record (positions are not stored,
 * so both sides are read without them).
 */
class SnapshotCodecTest {

    private static SnapshotCodec.In.Read roundTrip(Dataset d, List<String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SnapshotCodec.Out(new DataOutputStream(bytes)).dataset(d, files);
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        SnapshotCodec.In.Read back = new SnapshotCodec.In(in).dataset();
        assertThat(in.remaining()).as("bytes left unread").isZero();
        return back;
    }

    private static void assertSame(Dataset back, Dataset d) {
        for (RecordType type : RecordType.values()) {
            assertThat(back.records(type)).as(type.plural()).hasSameSizeAs(d.records(type));
            for (int i = 0; i < d.records(type).size(); i++) {
                assertThat(back.records(type).get(i)).as(type + " " + d.records(type).get(i).id())
                        .isEqualTo(d.records(type).get(i));
            }
        }
        assertThat(back.countries()).containsExactlyEntriesOf(d.countries());
    }

    @Test
    void theShippedDataComesBackFieldForField() throws Exception {
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of("data")));
        assertThat(r.problems()).isEmpty();
        Dataset d = r.dataset();
        for (RecordType type : RecordType.values()) {
            assertThat(d.records(type)).as(type.plural()).isNotEmpty();
        }
        assertThat(d.countries()).isNotEmpty();
        SnapshotCodec.In.Read back = roundTrip(d, r.files());
        assertThat(back.files()).isEqualTo(r.files());
        assertSame(back.dataset(), d);
    }

    @Test
    void everyFieldOfEveryShapeComesBack() throws IOException {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            Country c = (Country) Samples.record(Shape.COUNTRY, i);
            countries.put(c.code(), c);
        }
        Dataset d = new Dataset(list(Shape.SOURCE, Source.class), list(Shape.PLACE, Place.class),
                list(Shape.AGREEMENT, Agreement.class), list(Shape.PROGRAM, Program.class),
                list(Shape.FIGURE, Figure.class), list(Shape.ACKNOWLEDGEMENT, Acknowledgement.class), countries);
        assertSame(roundTrip(d, List.of("a.yaml", "b.yaml")).dataset(), d);
    }

    private static <T> List<T> list(Shape shape, Class<T> type) {
        return IntStream.range(0, 3).mapToObj(i -> type.cast(Samples.record(shape, i))).toList();
    }
}
