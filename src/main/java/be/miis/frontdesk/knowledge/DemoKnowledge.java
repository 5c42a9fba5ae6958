package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few dozen published FAQ articles in Dutch and French on the domains of the contact centre, written by the
 * demo agent and published by the demo expert, loaded only into an empty base when demo data is enabled. One
 * article is past its review date, so the "review due" list has something to show.
 */
@Component
@Order(20)
class DemoKnowledge implements ApplicationRunner {

    private final DemoDataPolicy policy;
    private final FaqArticleRepository articles;
    private final FaqArticleVersionRepository versions;
    private final Clock clock;

    DemoKnowledge(
            DemoDataPolicy policy, FaqArticleRepository articles, FaqArticleVersionRepository versions, Clock clock) {
        this.policy = policy;
        this.articles = articles;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || articles.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ArticleDraft> drafts = read(today);
        for (int i = 0; i < drafts.size(); i++) {
            ArticleDraft draft = drafts.get(i);
            if (i == 2) {
                draft = new ArticleDraft(
                        draft.domainCode(),
                        draft.audience(),
                        draft.sourceLanguage(),
                        today.minusDays(3),
                        draft.translations());
            }
            FaqArticle article = articles.saveAndFlush(new FaqArticle(draft, "agent", now));
            article.submitForReview("agent", now);
            versions.saveAll(article.publish("expert", now));
        }
    }

    static List<ArticleDraft> read(LocalDate today) {
        String text;
        try (InputStream in = new ClassPathResource("demo/faq-articles.txt").getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        for (String block : text.split("(?m)^==\\s*$")) {
            List<String> lines = block.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            if (lines.size() < 7) {
                continue;
            }
            String[] header = lines.get(0).split("\\|");
            drafts.add(new ArticleDraft(
                    header[0].strip(),
                    Audience.valueOf(header[1].strip()),
                    ContentLanguage.NL,
                    today.plusMonths(6),
                    List.of(
                            text(ContentLanguage.NL, lines.get(1), lines.get(2), lines.get(3)),
                            text(ContentLanguage.FR, lines.get(4), lines.get(5), lines.get(6)))));
        }
        return drafts;
    }

    private static TranslationText text(ContentLanguage language, String question, String answer, String keywords) {
        return new TranslationText(language, question.strip(), HtmlSanitiser.sanitise(answer), keywords.strip());
    }
}
