package amity.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The slug test written without a regex answers as the regex it replaces does. */
class SlugTest {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Provide
    Arbitrary<String> nearSlugs() {
        return Arbitraries.strings().withChars("az09-A_é ").ofMaxLength(8);
    }

    @Property
    void isSlugAgreesWithTheRegex(@ForAll("nearSlugs") String s) {
        assertThat(Fields.isSlug(s)).as("'%s'", s).isEqualTo(SLUG.matcher(s).matches());
    }
}
