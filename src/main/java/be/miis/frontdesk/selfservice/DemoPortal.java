package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.PublicTranslation;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DemoDataPolicy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Half a year of portal readers for the demo (docs/portal.md, "Figures"), so that a manager's statistics page and an
 * expert's "searched but not found" and "not helpful" pages show something at the first start: views of every
 * public article, searches per language with the words of some that found nothing, votes with a few comments, and
 * the questions and call-backs that followed an article. Drawn from a fixed seed, fewer at weekends; loaded once,
 * on a fresh demo database (no view counted yet). The roll-up job turns it into the statistics' daily rows.
 */
@Component
@Order(30)
class DemoPortal implements ApplicationRunner {

    private static final int DAYS = 182;

    /** Searches that a contact centre's FAQ typically lacks, in the two languages most visitors use. */
    private static final Map<String, List<String>> MISSES = Map.of(
            "nl",
            List.of("energiepremie 2027", "huurwaarborg ocmw", "stookolie attest syndicus", "gpmi verlenging"),
            "fr",
            List.of("prime énergie 2027", "garantie locative cpas", "mazout attestation syndic", "pics prolongation"));

    private static final List<String> NOT_HELPFUL = List.of(
            "Het antwoord zegt niet welk formulier we moeten gebruiken.",
            "Il manque le délai pour introduire la demande.",
            "Niet duidelijk voor een gemeenschappelijke tank.");

    private final DemoDataPolicy policy;
    private final KnowledgeService knowledge;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPortal(DemoDataPolicy policy, KnowledgeService knowledge, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.knowledge = knowledge;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean counted = jdbc.sql("select exists (select 1 from portal_article_view)")
                .query(Boolean.class)
                .single();
        if (!policy.isEnabled() || counted) {
            return;
        }
        TreeSet<Long> articles = new TreeSet<>(knowledge.findPublicTranslations().stream()
                .map(PublicTranslation::articleId)
                .toList());
        Random random = new Random(17);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int scale = weekend ? 1 : 4;
            for (long article : articles) {
                int views = random.nextInt(6 * scale);
                if (views > 0) {
                    int questions = random.nextInt(20) == 0 ? 1 : 0;
                    int callbacks = random.nextInt(60) == 0 ? 1 : 0;
                    jdbc.sql("""
                                    insert into portal_article_view (article_id, day, views, questions, callbacks)
                                    values (:article, :day, :views, :questions, :callbacks)
                                    """)
                            .param("article", article)
                            .param("day", day)
                            .param("views", views)
                            .param("questions", questions)
                            .param("callbacks", callbacks)
                            .update();
                }
                if (views > 2 && random.nextInt(4) == 0) {
                    vote(article, day, random);
                }
            }
            for (var language : MISSES.entrySet()) {
                int searches = random.nextInt(15 * scale) + scale;
                int misses = random.nextInt(Math.max(1, searches / 6));
                jdbc.sql("""
                                insert into portal_search_day (day, language, searches, no_hits)
                                values (:day, :language, :searches, :misses)
                                """)
                        .param("day", day)
                        .param("language", language.getKey())
                        .param("searches", searches)
                        .param("misses", misses)
                        .update();
                if (misses > 0) {
                    List<String> words = language.getValue();
                    jdbc.sql("""
                                    insert into portal_search_miss (day, language, words, searches)
                                    values (:day, :language, :words, :misses)
                                    """)
                            .param("day", day)
                            .param("language", language.getKey())
                            .param("words", words.get(random.nextInt(words.size())))
                            .param("misses", misses)
                            .update();
                }
            }
        }
    }

    private void vote(long article, LocalDate day, Random random) {
        boolean helpful = random.nextInt(5) != 0;
        String comment =
                !helpful && random.nextInt(3) == 0 ? NOT_HELPFUL.get(random.nextInt(NOT_HELPFUL.size())) : null;
        jdbc.sql("""
                        insert into portal_helpful_vote
                            (article_id, day, visitor_hash, language, helpful, comment, created_at)
                        values (:article, :day, :visitor, :language, :helpful, :comment, :at)
                        """)
                .param("article", article)
                .param("day", day)
                // Not a real visitor's hash: one demo visitor per article and day, so the unique vote rule holds.
                .param("visitor", "demo-" + article + "-" + day)
                .param("language", comment != null && comment.startsWith("Il") ? "fr" : "nl")
                .param("helpful", helpful)
                .param("comment", comment)
                .param(
                        "at",
                        day.atTime(10 + random.nextInt(7), random.nextInt(60))
                                .atZone(BusinessTime.ZONE)
                                .withZoneSameInstant(ZoneOffset.UTC)
                                .toOffsetDateTime())
                .update();
    }
}
