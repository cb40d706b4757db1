package amity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertThat(Wrap.lines("the records give at most 55 agreements", 12))
                .containsExactly("the records", "give at most", "55", "agreements");
    }

    @Test
    void aWordWiderThanALineIsCutAcrossLines() {
        assertThat(Wrap.lines("see http://example.org/abcdefgh now", 10))
                .containsExactly("see", "http://exa", "mple.org/a", "bcdefgh", "now");
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertThat(Wrap.lines("東京都 東京都", 7)).containsExactly("東京都", "東京都");
        assertThat(Wrap.lines("東京都東京都", 5)).containsExactly("東京", "都東", "京都");
    }

    @Test
    void aHangingParagraphIndentsTheLinesAfterTheFirst() {
        assertThat(Wrap.hanging("101 findings: 4 conflicts, 7 records-short", "", "  ", 16))
                .containsExactly("101 findings: 4", "  conflicts, 7", "  records-short");
        assertThat(Wrap.indented("", "    ", 10)).isEqualTo(List.of("    "));
    }
}
