package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectLineTests {

    @Test
    void stripsTheReplyAndForwardPrefixesOfTheFourLanguages() {
        assertThat(SubjectLine.withoutPrefixes("Re: RE: TR: Fwd: Question RIS")).isEqualTo("Question RIS");
        assertThat(SubjectLine.withoutPrefixes("AW: WG: Frage zum Heizölfonds")).isEqualTo("Frage zum Heizölfonds");
        assertThat(SubjectLine.withoutPrefixes("Antw: Doorst: vraag leefloon")).isEqualTo("vraag leefloon");
        assertThat(SubjectLine.withoutPrefixes("Réf : TR : question")).isEqualTo("question");
        assertThat(SubjectLine.withoutPrefixes("Re[3]: Re(2): Re^2: FW: question"))
                .isEqualTo("question");
    }

    @Test
    void keepsWordsThatOnlyStartLikeAPrefix() {
        assertThat(SubjectLine.withoutPrefixes("Recouvrement: question")).isEqualTo("Recouvrement: question");
        assertThat(SubjectLine.withoutPrefixes("Trésorerie du CPAS")).isEqualTo("Trésorerie du CPAS");
        assertThat(SubjectLine.withoutPrefixes("Awel, een vraag")).isEqualTo("Awel, een vraag");
        assertThat(SubjectLine.withoutPrefixes("[liste] Re: question")).isEqualTo("[liste] Re: question");
    }

    @Test
    void findsOurReferencesAnywhereInAnyCase() {
        assertThat(SubjectLine.references("Re: TR: [CMI-2026-000123] Votre question"))
                .containsExactly("CMI-2026-000123");
        assertThat(SubjectLine.references("AW: cmi-2026-000042 und CMI-2025-000007"))
                .containsExactly("CMI-2026-000042", "CMI-2025-000007");
    }

    @Test
    void ignoresWhatOnlyLooksLikeAReference() {
        assertThat(SubjectLine.references("CMI-2026-12345 is one digit short")).isEmpty();
        assertThat(SubjectLine.references("CMI-2026-0001234 is one too long")).isEmpty();
        assertThat(SubjectLine.references("XCMI-2026-000123 is another system's"))
                .isEmpty();
    }
}
