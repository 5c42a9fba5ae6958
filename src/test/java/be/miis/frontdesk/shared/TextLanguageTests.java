package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void tellsTheLanguageOfAMailWithItsGreetingAndSignature() {
        assertThat(TextLanguage.of("""
                        Bonjour,
                        Pouvez-vous me dire si le CPAS doit rembourser la prime ? Merci d'avance.
                        Marie Dubois, CPAS de Namur""")).contains(ContentLanguage.FR);
        assertThat(TextLanguage.of("Goedemiddag, kan het OCMW de premie terugvorderen? Met vriendelijke groet"))
                .contains(ContentLanguage.NL);
        assertThat(TextLanguage.of("Guten Tag, muss das ÖSHZ die Prämie zurückzahlen? Mit freundlichen Grüßen"))
                .contains(ContentLanguage.DE);
    }
}
