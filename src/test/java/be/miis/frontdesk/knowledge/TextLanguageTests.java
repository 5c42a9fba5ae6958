package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import org.junit.jupiter.api.Test;

class TextLanguageTests {

    @Test
    void tellsTheFourLanguagesOfAnswersApart() {
        assertThat(TextLanguage.of("Ja, een student met leefloon mag werken; het inkomen wordt deels vrijgesteld."))
                .contains(ContentLanguage.NL);
        assertThat(TextLanguage.of("Oui, le CPAS peut récupérer les montants versés pendant cette période."))
                .contains(ContentLanguage.FR);
        assertThat(TextLanguage.of("Ja, das ÖSHZ kann die Beträge für diesen Zeitraum zurückfordern."))
                .contains(ContentLanguage.DE);
        assertThat(TextLanguage.of("Yes, the centre can recover the amounts paid for that period."))
                .contains(ContentLanguage.EN);
    }

    @Test
    void sharedWordsCountForNoLanguage() {
        // "de", "die", "is", "in" and "en" are as Dutch as they are French, German or English.
        assertThat(TextLanguage.of("Die is in de en")).isEmpty();
    }

    @Test
    void aTextTooShortOrWithoutFunctionWordsIsNotGuessed() {
        assertThat(TextLanguage.of("GPMI.")).isEmpty();
        assertThat(TextLanguage.of("")).isEmpty();
        assertThat(TextLanguage.of("Art. 2277 BW, omzendbrief 2019")).isEmpty();
    }

    @Test
    void aTieIsNotGuessed() {
        assertThat(TextLanguage.of("het een, le la")).isEmpty();
    }
}
