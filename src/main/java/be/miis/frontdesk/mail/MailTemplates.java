package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.TextCut;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders outgoing mail from the templates in {@code src/main/resources/mail/}: per kind a text and an HTML
 * template, with the texts in {@code mail/messages*.properties} (Dutch the default, French, German, English: the
 * customers write in all four, while the user interface is not in German). A template engine of its own, not a
 * bean: a second {@code SpringTemplateEngine} bean would make Spring Boot step back from configuring the pages' one.
 */
@Component
class MailTemplates {

    /** Of the customer's or ticket's subject in ours; the ticket's own subject is shorter. */
    static final int MAX_SUBJECT = 250;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("mail/messages");
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // Dutch is the default file: a Dutch mail must not pick up the JVM's locale.
        bundle.setFallbackToSystemLocale(false);
        this.messages = bundle;
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        engine.setTemplateEngineMessageSource(bundle);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    /**
     * The mail of a kind in a language. The subject is the message {@code mail.<kind>.subject} with the reference
     * and {@code subject} as arguments; the templates see every variable given, the reference and the subject.
     */
    RenderedMail render(
            OutboxKind kind,
            ContentLanguage language,
            String reference,
            String subject,
            Map<String, Object> variables) {
        return render(kind.template(), language, reference, subject, variables);
    }

    /** The same for templates of their own within a kind (the portal's confirmation is an acknowledgement). */
    RenderedMail render(
            String name, ContentLanguage language, String reference, String subject, Map<String, Object> variables) {
        Locale locale = locale(language);
        String shortened = shorten(subject);
        Map<String, Object> model = new HashMap<>(variables);
        model.put("reference", reference);
        model.put("subject", shortened);
        Context context = new Context(locale, model);
        return new RenderedMail(
                messages.getMessage("mail." + name + ".subject", new Object[] {reference, shortened}, locale),
                engine.process(name + ".txt", context),
                engine.process(name + ".html", context));
    }

    /**
     * A customer's subject can be as long as a mail header line allows (998 characters); with the reference and the
     * kind's words it would not fit the outbox any more, and intake's transaction must not fail on it.
     */
    static String shorten(String subject) {
        String line = subject.strip().replaceAll("\\s+", " ");
        return TextCut.shortened(line, MAX_SUBJECT);
    }

    /** One text of the mail bundle in a language (the title of an SLA notice, used in its subject). */
    String message(String key, ContentLanguage language) {
        return messages.getMessage(key, null, locale(language));
    }

    /** A date as people write it in the language, in Brussels: "4 december 2026", "4. Dezember 2026". */
    static String date(Instant instant, ContentLanguage language) {
        return BusinessTime.longDate(instant, language);
    }

    /** A date and time in the language, in Brussels. */
    static String dateTime(Instant instant, ContentLanguage language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale(language))
                .format(instant.atZone(BusinessTime.ZONE));
    }

    private static Locale locale(ContentLanguage language) {
        return Locale.forLanguageTag(language.code());
    }
}
