package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Half a year of reviews by the demo manager, so the figures have months to compare, this month's sample drawn and
 * ready to score, and a test call or two a month (docs/reviews.md). Loaded once, when there is no sample at all.
 *
 * <p>The samples are drawn from the answers the read model learnt from the demo tickets' events, which arrive after
 * each ticket's commit on other threads: the loader first waits (a bounded time) until that stream has settled.
 */
@Component
@Order(40)
class DemoReviews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);
    private static final String REVIEWER = "manager";
    private static final int PAST_MONTHS = 5;
    private static final Duration SETTLED = Duration.ofMillis(1500);
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private static final String[] LOW_COMMENTS = {
        "De uitzondering voor studenten ontbreekt.",
        "Antwoord kwam na de garantie.",
        "Verwijzing naar de omzendbrief ontbreekt."
    };

    private final DemoDataPolicy policy;
    private final ReviewService reviews;
    private final MysteryCallService calls;
    private final ReviewAnswerRepository answers;
    private final ReviewSampleRepository samples;
    private final Clock clock;

    DemoReviews(
            DemoDataPolicy policy,
            ReviewService reviews,
            MysteryCallService calls,
            ReviewAnswerRepository answers,
            ReviewSampleRepository samples,
            Clock clock) {
        this.policy = policy;
        this.reviews = reviews;
        this.calls = calls;
        this.answers = answers;
        this.samples = samples;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!policy.isEnabled() || samples.count() > 0) {
            return;
        }
        if (!settled()) {
            log.info("Demo reviews skipped: no answers reached the quality module in time");
            return;
        }
        // A fixed seed: every demo database tells the same story.
        Random random = new Random(20_261_201L);
        YearMonth current = reviews.currentMonth();
        for (int back = PAST_MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            for (ReviewView review : reviews.month(month, REVIEWER).reviews()) {
                score(review, random);
            }
            recordCalls(month, random);
        }
        // This month: drawn and ready, the first two scored.
        List<ReviewView> now = reviews.month(current, REVIEWER).reviews();
        now.stream().limit(2).forEach(review -> score(review, random));
    }

    /** Whether the answers of the demo tickets have reached the read model: some, and no new one for a while. */
    private boolean settled() throws InterruptedException {
        Instant deadline = Instant.now().plus(AT_MOST);
        long last = -1;
        Instant since = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            long count = answers.count();
            if (count != last) {
                last = count;
                since = Instant.now();
            } else if (count > 0 && Duration.between(since, Instant.now()).compareTo(SETTLED) >= 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return last > 0;
    }

    private void score(ReviewView review, Random random) {
        Map<ReviewItem, ReviewScore> scores = new EnumMap<>(ReviewItem.class);
        for (ReviewItem item : ReviewItem.values()) {
            if (item == ReviewItem.FAQ_CONSISTENT && random.nextInt(3) > 0) {
                continue; // most demo answers cite no FAQ version
            }
            // Completeness and timeliness are what the seed's study found wanting: they score low more often.
            boolean weak = item == ReviewItem.COMPLETE || item == ReviewItem.ON_TIME;
            int score = weak ? 1 + random.nextInt(4) : 2 + random.nextInt(3);
            String comment = score <= ReviewItem.LOW ? LOW_COMMENTS[random.nextInt(LOW_COMMENTS.length)] : null;
            scores.put(item, new ReviewScore(score, comment));
        }
        reviews.score(
                review.id(), review.version(), scores, random.nextBoolean() ? "Vriendelijk en vlot." : null, REVIEWER);
        if (random.nextInt(4) == 0) {
            ReviewView scored = reviews.own(review.id(), review.agent());
            reviews.reply(scored.id(), scored.version(), "Bedankt, ik let er voortaan op.", review.agent());
        }
    }

    private void recordCalls(YearMonth month, Random random) {
        for (int i = 0; i < 2; i++) {
            Instant at = month.atDay(3 + 10 * i)
                    .atTime(9 + random.nextInt(6), random.nextInt(60))
                    .atZone(BusinessTime.ZONE)
                    .toInstant();
            if (at.isAfter(clock.instant())) {
                continue;
            }
            boolean french = i == 1;
            Map<ReviewItem, ReviewScore> checklist = new EnumMap<>(ReviewItem.class);
            for (ReviewItem item : ReviewItem.values()) {
                if (item != ReviewItem.FAQ_CONSISTENT) {
                    checklist.put(
                            item,
                            new ReviewScore(
                                    item == ReviewItem.ON_TIME ? 2 + random.nextInt(2) : 3 + random.nextInt(2), null));
                }
            }
            calls.record(
                    new MysteryCallInput(
                            at,
                            "02 508 85 85",
                            french ? ContentLanguage.FR : ContentLanguage.NL,
                            15 + random.nextInt(90),
                            true,
                            french ? "Sophie" : "Anna",
                            french
                                    ? "Un CPAS demande si un étudiant cohabitant a droit au revenu d'intégration."
                                    : "Een OCMW vraagt of een samenwonende student recht heeft op leefloon.",
                            checklist,
                            null),
                    REVIEWER);
        }
    }
}
