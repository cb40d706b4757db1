package amity.read;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.RecordType;
import amity.model.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * amity-data(5) shows each record type as a YAML example with every key it takes; the keys shown
 * are exactly the keys the shape declares (and the reader accepts).
 */
class ManualFieldsTest {
    private static final Pattern SECTION = Pattern.compile("(?m)^=== (\\w+)\\n(?:(?!===).*\\n)*?\\[source,yaml\\]\\n----\\n"
            + "((?:.*\\n)*?)----$");
    private static final Map<String, JsonNode> EXAMPLES = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheManual() throws IOException {
        String text = Files.readString(Path.of("docs/amity-data.5.adoc"), StandardCharsets.UTF_8);
        Matcher m = SECTION.matcher(text);
        while (m.find()) {
            JsonNode list = new YAMLMapper().readTree(m.group(2)).get(m.group(1));
            EXAMPLES.put(m.group(1), list.get(0));
            TEXTS.put(m.group(1), m.group(2));
        }
    }

    private static List<String> keys(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void eachRecordTypeShowsItsKeys(RecordType type) {
        assertThat(EXAMPLES).containsKey(type.plural());
        assertThat(keys(EXAMPLES.get(type.plural()))).containsExactlyInAnyOrderElementsOf(type.shape().names());
    }

    @Test
    void nestedRecordsShowTheirKeys() {
        assertThat(keys(EXAMPLES.get("agreements").get("attested").get(0)))
                .containsExactlyInAnyOrderElementsOf(Shape.ATTESTATION.names());
        assertThat(keys(EXAMPLES.get("agreements").get("predecessors").get(0)))
                .containsExactlyInAnyOrderElementsOf(Shape.PREDECESSOR.names());
        assertThat(keys(EXAMPLES.get("programs").get("editions").get(0)))
                .containsExactlyInAnyOrderElementsOf(Shape.EDITION.names());
        assertThat(Shape.ATTESTATION.names()).containsAll(keys(EXAMPLES.get("programs").get("attested").get(0)));
        assertThat(keys(EXAMPLES.get("figures").get("counts"))).containsExactlyInAnyOrderElementsOf(Shape.COUNTS.names());
    }

    @Test
    void aLooseAttestationShowsItsKeys() {
        List<String> shown = keys(EXAMPLES.get("attestations"));
        // "agreement: ...   # or program: an id": the alternative key is named in the comment.
        Matcher or = Pattern.compile("# or (\\w+):").matcher(TEXTS.get("attestations"));
        while (or.find()) {
            shown.add(or.group(1));
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(RecordBinder.LOOSE_ATTESTATION_KEYS);
    }
}
