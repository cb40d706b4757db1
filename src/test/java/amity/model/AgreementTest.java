package amity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static Attestation said(String source, String date) {
        return new Attestation(source, DateInterval.of(date), "", "q", List.of(), "", "", Spots.NONE);
    }

    private static Agreement with(DateInterval signed, Attestation... attested) {
        return new Agreement("a", List.of("x", "y"), "sister-city", "municipal", signed, Ending.LASTS, List.of(attested),
                List.of(), "", "", Spots.NONE);
    }

    @Test
    void signedIsWhatTheKeeperWroteWhenWritten() {
        assertThat(with(DateInterval.of("1999"), said("s", "2009")).effectiveSigned().text()).isEqualTo("1999");
    }

    @Test
    void signedIsWhatEveryAttestationAllows() {
        assertThat(with(DateInterval.UNKNOWN, said("a", "199X"), said("b", "1993-10")).effectiveSigned().text()).isEqualTo("1993-10");
    }

    @Test
    void disagreeingAttestationsGiveTheirSpan() {
        assertThat(with(DateInterval.UNKNOWN, said("a", "1999"), said("b", "2009")).effectiveSigned().text())
                .isEqualTo("1999/2009");
    }

    @Test
    void hearsayDatesOnlyWhatNoDirectStatementDates() {
        Attestation reported = new Attestation("list", DateInterval.of("2009"), "", "q", List.of(), "op-ed", "",
                Spots.NONE);
        assertThat(with(DateInterval.UNKNOWN, said("a", "1999"), reported).effectiveSigned().text()).isEqualTo("1999");
        assertThat(with(DateInterval.UNKNOWN, reported).effectiveSigned().text()).isEqualTo("2009");
        assertThat(with(DateInterval.UNKNOWN, said("a", "../2007"), reported).effectiveSigned().text())
                .isEqualTo("../2007");
        assertThat(with(DateInterval.UNKNOWN, said("a", "2000/2010"), reported).effectiveSigned().text())
                .isEqualTo("2000/2010");
    }

    @Test
    void noDateAtAllIsUnknown() {
        assertThat(with(DateInterval.UNKNOWN).effectiveSigned()).isEqualTo(DateInterval.UNKNOWN);
    }

    @Test
    void partnerIsTheOtherParty() {
        Agreement a = with(DateInterval.UNKNOWN);
        assertThat(a.partnerOf("x")).isEqualTo("y");
        assertThat(a.partnerOf("y")).isEqualTo("x");
        assertThat(a.partnerOf("z")).isEmpty();
    }
}
