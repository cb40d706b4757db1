package amity.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, display width and suggestions: the one text utility tables, messages and excerpts share. */
class TextTest {
    @Test
    void controlCharactersAreEscapedSoDataCannotDriveTheTerminal() {
        assertThat(Visible.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(Visible.of("\u001b[31mred\u0007")).isEqualTo("\\x1b[31mred\\x07");
        assertThat(Visible.of("\u0000\u007f\u0085\u009b")).isEqualTo("\\x00\\x7f\\x85\\x9b");
    }

    @Test
    void lineSeparatorsAndInvisibleFormattingAreEscaped() {
        assertThat(Visible.of("Split\u2028City\u2029")).isEqualTo("Split\\u2028City\\u2029");
        assertThat(Visible.of("\u202eevil\u202c")).isEqualTo("\\u202eevil\\u202c");
        assertThat(Visible.of("a\u200bb\u2066c\u2069\ufeff")).isEqualTo("a\\u200bb\\u2066c\\u2069\\ufeff");
    }

    /** Tag characters (invisible ASCII), the deprecated format controls and the soft hyphen. */
    @Test
    void tagCharactersDeprecatedFormatControlsAndTheSoftHyphenAreEscaped() {
        assertThat(Visible.of("ok\udb40\udc41\udb40\udc7f")).isEqualTo("ok\\U000e0041\\U000e007f");
        assertThat(Visible.of("a\u206ab\u206fc")).isEqualTo("a\\u206ab\\u206fc");
        assertThat(Visible.of("Bei\u00adjing")).isEqualTo("Bei\\u00adjing");
    }

    @Test
    void printableTextIncludingJoinedEmojiAndCombiningMarksIsLeftAlone() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(Visible.of("東京都 Ko\u0308ln " + family + " Ελλάδα")).isEqualTo("東京都 Ko\u0308ln " + family + " Ελλάδα");
    }

    @Test
    void widthCountsWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertThat(Width.of("東京都")).isEqualTo(6);
        assertThat(Width.of("Ko\u0308ln")).isEqualTo(4);
        assertThat(Width.truncate("東京都庁", 5)).isEqualTo("東京…");
        assertThat(Width.truncate("Tokyo", 5)).isEqualTo("Tokyo");
        assertThat(Width.pad("東", 4, false)).isEqualTo("東  ");
        assertThat(Width.pad("7", 3, true)).isEqualTo("  7");
    }

    @Test
    void aMessageKeepsItsLineBreaksAndEscapesWhatIsInTheLines() {
        assertThat(Visible.lines("amity: error in --fields:\n  a\u2028b\n"))
                .isEqualTo("amity: error in --fields:\n  a\\u2028b\n");
    }

    @Test
    void theCaretSpansTheTextAsShown() {
        assertThat(Visible.caret("id,partnr", 3, 9)).isEqualTo("   ^^^^^^");
        assertThat(Visible.caret("東京 = x", 3, 4)).isEqualTo("     ^");
        assertThat(Visible.caret("a\tb", 1, 2)).as("an escaped tab takes two columns").isEqualTo(" ^^");
        assertThat(Visible.caret("abc", 3, 3)).as("past the end: one caret").isEqualTo("   ^");
    }

    @Test
    void suggestsTheNearestNameOnlyWhenItIsClose() {
        List<String> names = List.of("agreements", "programs", "figures", "sources", "places");
        assertThat(Nearest.to("agreemnets", names)).contains("agreements");
        assertThat(Nearest.to("place", names)).contains("places");
        assertThat(Nearest.to("xyz", names)).isEmpty();
        assertThat(Nearest.hint("figurs", names)).isEqualTo("; did you mean 'figures'?");
        assertThat(Nearest.hint("xyz", names)).isEqualTo(".");
        assertThat(Nearest.hint("xyz", names, "; use one of: ...")).isEqualTo("; use one of: ...");
    }

    @Test
    void textSortsByFoldedLettersTheSameEverywhereThenByCodePoint() {
        List<String> names = new java.util.ArrayList<>(List.of("Yanqing", "Islamabad", "Île-de-France", "Kyiv",
                "Köln", "Koblenz", "Øresund", "Oslo", "a", "A", "Straße", "Strasbourg"));
        names.sort(TextOrder::compare);
        assertThat(names).containsExactly("A", "a", "Île-de-France", "Islamabad", "Koblenz", "Köln", "Kyiv",
                "Øresund", "Oslo", "Strasbourg", "Straße", "Yanqing");
        List<String> again = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(again);
        again.sort(TextOrder.cached());
        assertThat(again).isEqualTo(names);
    }
}
