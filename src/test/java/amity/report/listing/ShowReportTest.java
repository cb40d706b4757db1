package amity.report.listing;

import amity.table.Table;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Dataset;
import amity.model.Identified;
import amity.model.RecordType;
import amity.read.DataReader;
import amity.table.Value;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `amity show` has a view of every record type: each record of the shipped data shows its id first. */
class ShowReportTest {
    static Dataset data;

    @BeforeAll
    static void read() throws Exception {
        data = DataReader.load(DataReader.Request.of(java.util.List.of("data"))).dataset();
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyRecordShowsItsIdFirst(RecordType type) {
        assertThat(data.records(type)).isNotEmpty();
        for (Identified r : data.records(type)) {
            Table t = ShowReport.table(data, r);
            assertThat(t.rows().get(0).cells()).as(r.id()).containsExactly(Value.text("id"), Value.text(r.id()));
        }
    }
}
