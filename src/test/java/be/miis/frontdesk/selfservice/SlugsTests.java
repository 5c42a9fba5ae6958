package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void aSlugIsTheQuestionInLowerCaseWithoutAccentsAndWithHyphens() {
        assertThat(Slugs.of("Quel est le montant du revenu d'intégration pour une personne isolée ?"))
                .isEqualTo("quel-est-le-montant-du-revenu-d-integration-pour-une-personne-isolee");
        assertThat(Slugs.of("Wer hat Anspruch auf die Heizölzulage (Straße)?"))
                .isEqualTo("wer-hat-anspruch-auf-die-heizolzulage-strasse");
        assertThat(Slugs.of("Œuvre   sociale — 2026")).isEqualTo("oeuvre-sociale-2026");
    }

    @Test
    void aLongQuestionIsCutAtAWordAndAQuestionWithoutLettersStillHasASlug() {
        String slug = Slugs.of("woord ".repeat(30));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX).endsWith("woord").doesNotContain("--");
        assertThat(Slugs.of("?! …")).isEqualTo("article");
    }

    @Test
    void theSameQuestionAlwaysGivesTheSameSlug() {
        assertThat(Slugs.of("Hoe vraag ik een terugbetaling aan?"))
                .isEqualTo(Slugs.of("Hoe vraag ik een terugbetaling aan?"))
                .isEqualTo("hoe-vraag-ik-een-terugbetaling-aan");
    }
}
