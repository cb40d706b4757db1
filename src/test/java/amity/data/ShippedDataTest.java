package amity.data;

import static org.assertj.core.api.Assertions.assertThat;

import amity.check.Checks;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.Edition;
import amity.model.Figure;
import amity.model.Program;
import amity.query.CountsRules;
import amity.read.DataReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped data: clean, faithful to its five documents, and complete for the reference list. */
class ShippedDataTest {
    static Dataset data;
    static DataReader.Result result;

    @BeforeAll
    static void load() throws DataReader.Unreadable {
        result = DataReader.load(DataReader.Request.of(List.of("data")));
        data = result.dataset();
    }

    /** Every quote in the data, by the source that says it. */
    static Map<String, List<String>> quotesBySource() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Agreement a : data.agreements()) {
            for (Attestation t : a.attested()) {
                out.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(t.quote());
            }
        }
        for (Program p : data.programs()) {
            for (Attestation t : p.attested()) {
                out.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(t.quote());
            }
            for (Edition e : p.editions()) {
                out.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.quote());
            }
        }
        for (Figure f : data.figures()) {
            out.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f.quote());
        }
        return out;
    }

    @Test
    void isCleanUnderEveryCheck() {
        assertThat(result.problems()).isEmpty();
        assertThat(Checks.run(data)).isEmpty();
        assertThat(CountsRules.check(data)).isEmpty();
    }

    @Test
    void quotesEveryFactBearingSentenceOfTheFiveDocuments() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/quoted-sentences.txt"),
                StandardCharsets.UTF_8);
        Map<String, List<String>> quotes = quotesBySource();
        Map<String, Integer> perSource = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 2);
            perSource.merge(parts[0], 1, Integer::sum);
            boolean found = quotes.getOrDefault(parts[0], List.of()).stream().anyMatch(q -> q.contains(parts[1]));
            if (!found) {
                missing.add(line);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        assertThat(perSource).hasSize(5).allSatisfy((source, n) -> assertThat(n).isGreaterThanOrEqualTo(5));
    }

    /** The five documents (src/test/resources/seeds, copied from the project's seeds) by source id. */
    static final Map<String, String> DOCUMENTS = Map.of(
            "cankao-xiaoxi-2019-11-13", "000_1d77f8bfe5ec7819.txt",
            "china-daily-2016-09-03", "001_9295d74c1870d6ca.txt",
            "people-daily-2000-09-19", "002_95c847c155da84e8.txt",
            "global-times-2023-11-06", "003_7391625d5ac1e584.txt",
            "beijing-foreign-affairs-2023-06-26", "004_27542e4b8d421adf.txt");

    @Test
    void quotesEachDocumentOnlyInItsOwnWords() throws IOException {
        Map<String, List<String>> quotes = quotesBySource();
        List<String> notTheirs = new ArrayList<>();
        for (Map.Entry<String, String> doc : DOCUMENTS.entrySet()) {
            String text = Files.readString(Path.of("src/test/resources/seeds", doc.getValue()), StandardCharsets.UTF_8);
            for (String quote : quotes.getOrDefault(doc.getKey(), List.of())) {
                if (!text.contains(quote)) {
                    notTheirs.add(doc.getKey() + ": " + quote);
                }
            }
        }
        assertThat(notTheirs).isEmpty();
        assertThat(DOCUMENTS.keySet()).allSatisfy(source -> assertThat(quotes.get(source)).hasSizeGreaterThan(10));
    }

    @Test
    void holdsEveryRowOfTheReferenceListAsAnAttestation() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("data/reference/beijing-sister-cities.csv"),
                StandardCharsets.UTF_8);
        List<String> quotes = data.agreements().stream().flatMap(a -> a.attested().stream())
                .map(Attestation::quote).toList();
        List<String> dataRows = rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        assertThat(dataRows).hasSize(54);
        assertThat(dataRows).allSatisfy(row -> assertThat(quotes).contains(row));
    }

    @Test
    void keepsConflictingDatesAsSeparateAttestations() {
        Agreement ottawa = data.agreement("beijing-ottawa").orElseThrow();
        assertThat(ottawa.signed().given()).isFalse();
        assertThat(ottawa.attested()).extracting(t -> t.source() + " " + t.date()
                + (t.hearsay() ? " (reports " + t.reports() + ")" : "")).contains(
                "beijing-sister-cities-list 1999", "beijing-sister-cities-list 2009 (reports ottawa-citizen-2021)",
                "people-daily-2000-09-19 199X");
        assertThat(ottawa.effectiveSigned().text()).isEqualTo("1999");
    }

    static final String LIST = "beijing-sister-cities-list";

    /**
     * Provenance (issue 15): every quote is found in the text of the source it names (one of the five
     * documents), or is a row of the reference list quoted under the list's own, compiled source; a
     * statement never cites its own source. scripts/check-quotes.py checks the same.
     */
    @Test
    void quotesEverySpeakerInItsOwnWordsAndTheListUnderItsOwnSource() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("data/reference/beijing-sister-cities.csv"),
                StandardCharsets.UTF_8);
        List<String> dataRows = rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, String> doc : DOCUMENTS.entrySet()) {
            texts.put(doc.getKey(), Files.readString(Path.of("src/test/resources/seeds", doc.getValue()),
                    StandardCharsets.UTF_8));
        }
        Map<String, List<String>> quotes = quotesBySource();
        for (Agreement a : data.agreements()) {
            a.predecessors().forEach(p -> quotes.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p.quote()));
        }
        List<String> violations = new ArrayList<>();
        quotes.forEach((source, list) -> list.forEach(q -> {
            boolean found = source.equals(LIST) ? dataRows.contains(q) : texts.containsKey(source)
                    && texts.get(source).contains(q);
            if (!found) {
                violations.add(source + ": " + q);
            }
        }));
        assertThat(violations).isEmpty();
        assertThat(data.source(LIST).orElseThrow().compiled()).isTrue();
        assertThat(quotes.get(LIST)).hasSizeGreaterThanOrEqualTo(54);
        assertThat(data.agreements().stream().flatMap(a -> a.attested().stream()))
                .allSatisfy(t -> assertThat(t.cites()).doesNotContain(t.source()));
    }

    @Test
    void recordsEarlierAgreementsAsPredecessorsNotDates() {
        Map<String, String> expected = Map.of("beijing-berlin", "friendship-cooperation 1988-05-05 / 1994-04-05",
                "beijing-wellington", "friendship-city 1994 / 2006-05-10", "beijing-riga", "cooperation 2004-04 / 2017-09",
                "beijing-ile-de-france", "cooperation 1987 / 1988");
        expected.forEach((id, shown) -> {
            Agreement a = data.agreement(id).orElseThrow();
            assertThat(a.predecessors()).hasSize(1);
            assertThat(a.predecessors().get(0).type() + " " + a.predecessors().get(0).date() + " / "
                    + a.effectiveSigned()).isEqualTo(shown);
        });
        assertThat(data.place("moscow").orElseThrow().continent()).isEqualTo("Europe");
    }

    @Test
    void readsNorwayAndEveryCountryCodeAsText() {
        assertThat(data.countries()).containsKey("NO");
        assertThat(data.countries().get("NO").name()).isEqualTo("Norway");
        assertThat(data.countries()).hasSizeGreaterThanOrEqualTo(249);
        assertThat(data.places()).allSatisfy(p -> assertThat(data.countries()).containsKey(p.country()));
    }
}
