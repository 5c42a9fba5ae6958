package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The English texts read as English (issue #14): the badges and labels people stumbled over, and no shorthand a
 * translation from Dutch left behind ("working d", "article(s)", "of the customer").
 */
class EnglishMessagesTests {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EnglishMessagesTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void theGuaranteeSpellsOutWorkingDays() {
        assertThat(messages.getMessage("escalation.escalate.guarantee", new Object[] {1}, ENGLISH))
                .isEqualTo("1 working day");
    }

    @Test
    void theTicketPageSaysMessageFromTheCustomerReceivedVia() {
        assertThat(messages.getMessage("ticket.reply", null, ENGLISH)).isEqualTo("Message from the customer");
        assertThat(messages.getMessage("ticket.entry.INCOMING", null, ENGLISH)).isEqualTo("Message from the customer");
        assertThat(messages.getMessage("ticket.reply.channel", null, ENGLISH)).isEqualTo("Received via");
        assertThat(messages.getMessage("ticket.faq.found", new Object[] {1}, ENGLISH))
                .isEqualTo("1 article found");
    }

    @Test
    void noEnglishTextKeepsAShorthandOrADutchWordOrder() throws Exception {
        Properties english = PropertiesLoaderUtils.loadProperties(
                new EncodedResource(new ClassPathResource("messages_en.properties"), "UTF-8"));
        Map<String, String> awkward = new TreeMap<>();
        english.forEach((key, value) -> {
            String text = value.toString();
            if (text.matches(".*\\bworking [dh]\\b.*")
                    || text.contains("(s)")
                    || text.contains("of the customer")
                    || text.contains("(any more)")) {
                awkward.put(key.toString(), text);
            }
        });
        assertThat(awkward).isEmpty();
    }
}
