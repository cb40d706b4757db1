package amity.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The English names and alternative spellings of countries ("Czech Republic", "Turkey", "Cape
 * Verde"), generated from world-countries by scripts/countries/; a name of several countries
 * ("Congo") is listed once for each.
 */
public final class CountryNames {
    private static final String RESOURCE = "/amity/country-names.csv";

    private CountryNames() {
    }

    /** One name of one country. */
    public record Name(String name, String code) {
    }

    /** Every name, as generated. */
    public static List<Name> all() {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withComments().withSkipFirstDataRow(true);
        List<Name> out = new ArrayList<>();
        try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                String[] row = it.next();
                if (row.length == 2) {
                    out.add(new Name(row[0], row[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
