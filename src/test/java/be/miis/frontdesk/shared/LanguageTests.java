package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTests {

    @Test
    void findsALanguageByItsCodeIgnoringCase() {
        assertThat(Language.fromCode("nl")).contains(Language.NL);
        assertThat(Language.fromCode("FR")).contains(Language.FR);
        assertThat(Language.fromCode("En")).contains(Language.EN);
    }

    @Test
    void knowsNoOtherLanguages() {
        assertThat(Language.fromCode("de")).isEmpty();
        assertThat(Language.fromCode("")).isEmpty();
        assertThat(Language.fromCode("nl-BE")).isEmpty();
    }

    @Test
    void hasALowerCaseCodeAndAMatchingLocale() {
        assertThat(Language.FR.code()).isEqualTo("fr");
        assertThat(Language.FR.locale()).isEqualTo(Locale.forLanguageTag("fr"));
        assertThat(Language.NL.locale().getLanguage()).isEqualTo("nl");
    }
}
