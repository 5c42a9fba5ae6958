package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitiserTests {

    @Test
    void removesScriptStyleAndEventHandlers() {
        String clean = HtmlSanitiser.sanitise("<h2 onclick=\"steal()\">Bedrag</h2><script>alert(1)</script>"
                + "<style>body{display:none}</style><p style=\"color:red\">Zie <a href=\"javascript:alert(1)\">hier</a>"
                + " en <a href=\"https://www.mi-is.be\" onmouseover=\"x()\">mi-is.be</a>.</p>");
        assertThat(clean)
                .doesNotContain("script", "style", "onclick", "onmouseover", "javascript", "alert", "display:none")
                .contains("<h2>Bedrag</h2>", "href=\"https://www.mi-is.be\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void keepsHeadingsListsEmphasisAndTablesWithAccents() {
        String html = "<h3>Catégories</h3><ul><li><strong>isolé</strong></li><li><em>cohabitant</em></li></ul>"
                + "<table><tbody><tr><th scope=\"row\">A</th><td>1 200 €</td></tr></tbody></table>";
        assertThat(HtmlSanitiser.sanitise(html)).isEqualTo(html);
    }

    @Test
    void splitsAnAnswerIntoLinesPerBlock() {
        assertThat(HtmlSanitiser.lines("<p>Een</p><ul><li><p>Twee</p></li><li>Drie</li></ul>"))
                .containsExactly("Een", "Twee", "Drie");
        assertThat(HtmlSanitiser.lines("Los")).containsExactly("Los");
    }

    @Test
    void givesAnAnswerAsPlainTextWithParagraphsBulletsAndLinkAddresses() {
        String html = "<h2>Bedrag</h2><p>Het <strong>leefloon</strong> hangt af van:</p>"
                + "<ul><li>samenwonende</li><li>alleenstaande</li></ul>"
                + "<p>Zie <a href=\"https://www.mi-is.be\">de website</a> &amp; de omzendbrief.</p>";
        assertThat(HtmlSanitiser.plainText(html))
                .isEqualTo("Bedrag\n\nHet leefloon hangt af van:\n\n• samenwonende\n• alleenstaande\n\n"
                        + "Zie de website (https://www.mi-is.be) & de omzendbrief.");
    }

    @Test
    void turnsPlainTextIntoEscapedParagraphs() {
        assertThat(HtmlSanitiser.fromPlainText("Eerste regel\ntweede <b>regel</b>\n\n\nNieuwe alinea"))
                .isEqualTo("<p>Eerste regel<br />tweede &lt;b&gt;regel&lt;/b&gt;</p><p>Nieuwe alinea</p>");
    }
}
