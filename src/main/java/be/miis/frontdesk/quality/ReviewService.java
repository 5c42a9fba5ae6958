package be.miis.frontdesk.quality;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.TicketAnswered;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of answer reviews (issue #18 item 3, docs/reviews.md): a reviewer's monthly sample, drawn on first
 * sight, scoring, tickets added by hand; an agent's own reviews and their reply; the managers' figures. Reviewers
 * are managers; the agent of a review is whoever gave the answer.
 */
@Service
public class ReviewService {

    private static final String NOT_REVIEWER = "quality.permission.review";

    private final ReviewAnswerRepository answers;
    private final ReviewSampleRepository samples;
    private final ReviewRepository reviews;
    private final ReviewProperties properties;
    private final EscalationService escalations;
    private final IdentityService identity;
    private final Permissions permissions;
    private final Clock clock;

    ReviewService(
            ReviewAnswerRepository answers,
            ReviewSampleRepository samples,
            ReviewRepository reviews,
            ReviewProperties properties,
            EscalationService escalations,
            IdentityService identity,
            Permissions permissions,
            Clock clock) {
        this.answers = answers;
        this.samples = samples;
        this.reviews = reviews;
        this.properties = properties;
        this.escalations = escalations;
        this.identity = identity;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Keeps an answer for the samples, once per answer id, with the queue its ticket is in (if escalated). */
    @Transactional
    void record(TicketAnswered event) {
        if (answers.existsById(event.answerId())) {
            return;
        }
        Long queue = event.escalated()
                ? Optional.ofNullable(escalations
                                .findByTickets(List.of(event.ticketId()))
                                .get(event.ticketId()))
                        .map(EscalationView::queueId)
                        .orElse(null)
                : null;
        answers.save(new ReviewAnswer(
                event.answerId(), event.ticketId(), event.reference(), event.answeredBy(), event.answeredAt(), queue));
    }

    /** The current month in Brussels. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE));
    }

    /**
     * The reviewer's sample of a month, drawn now if it was not yet (the seed derived from month and reviewer, kept
     * with the sample).
     *
     * @throws InvalidReviewException for a month still to come
     */
    @Transactional
    public ReviewMonth month(YearMonth month, String reviewer) {
        permissions.require(reviewer, NOT_REVIEWER, Role.MANAGER);
        if (month.isAfter(currentMonth())) {
            throw new InvalidReviewException("month", "quality.review.error.future");
        }
        ReviewSample sample =
                samples.findByMonthAndReviewer(month.atDay(1), reviewer).orElseGet(() -> draw(month, reviewer));
        List<ReviewView> list = reviews.findBySampleIdOrderById(sample.id()).stream()
                .map(r -> r.view(sample))
                .toList();
        Set<String> covered = list.stream().map(ReviewView::agent).collect(Collectors.toSet());
        List<String> uncovered = activeAgents().stream()
                .filter(a -> !a.equals(reviewer) && !covered.contains(a))
                .sorted()
                .toList();
        return new ReviewMonth(
                month,
                reviewer,
                sample.seed(),
                sample.perAgent(),
                sample.perQueue(),
                sample.drawnAt(),
                list,
                uncovered);
    }

    private ReviewSample draw(YearMonth month, String reviewer) {
        ReviewSample sample = samples.save(new ReviewSample(
                month,
                reviewer,
                SampleDraw.seed(month, reviewer),
                properties.perAgent(),
                properties.perQueue(),
                clock.instant()));
        List<SampleCandidate> candidates = answers
                .findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(start(month), start(month.plusMonths(1)))
                .stream()
                .map(ReviewAnswer::candidate)
                .toList();
        SampleDraw.Result result = SampleDraw.draw(
                candidates,
                activeAgents(),
                answers.findTicketsAnsweredBy(reviewer),
                reviewer,
                sample.perAgent(),
                sample.perQueue(),
                sample.seed());
        reviews.saveAll(result.picked().stream()
                .map(c -> new Review(sample.id(), reviewer, c, false))
                .toList());
        return sample;
    }

    /** Enabled users who answer tickets: agents and experts. */
    private List<String> activeAgents() {
        return identity.findAll().stream()
                .filter(UserView::enabled)
                .filter(u -> u.hasRole(Role.AGENT) || u.hasRole(Role.EXPERT))
                .map(UserView::username)
                .toList();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /**
     * A ticket the reviewer adds to their month by hand, with its last answer by someone else.
     *
     * @throws InvalidReviewException when the ticket has no answer, only the reviewer's, or is in the sample already
     */
    @Transactional
    public long addByHand(YearMonth month, String reference, String reviewer) {
        permissions.require(reviewer, NOT_REVIEWER, Role.MANAGER);
        String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (ref.isEmpty()) {
            throw new InvalidReviewException("reference", "quality.review.error.reference");
        }
        ReviewAnswer answer = answers.findFirstByReferenceOrderByAnsweredAtDesc(ref)
                .orElseThrow(() -> new InvalidReviewException("reference", "quality.review.error.notAnswered"));
        if (answers.existsByReferenceAndAnsweredBy(ref, reviewer)) {
            throw new InvalidReviewException("reference", "quality.review.error.ownAnswer");
        }
        ReviewSample sample =
                samples.findByMonthAndReviewer(month.atDay(1), reviewer).orElseGet(() -> draw(month, reviewer));
        if (reviews.existsBySampleIdAndTicketId(sample.id(), answer.ticketId())) {
            throw new InvalidReviewException("reference", "quality.review.error.inSample");
        }
        return reviews.save(new Review(sample.id(), reviewer, answer.candidate(), true))
                .id();
    }

    /**
     * One review, for its reviewer (any manager may read) or the agent whose answer it is.
     *
     * @throws ReviewNotFoundException when there is none, or the viewer may not see it
     */
    @Transactional(readOnly = true)
    public ReviewView get(long id, String viewer) {
        Review review = reviews.findById(id).orElseThrow(() -> new ReviewNotFoundException(id));
        if (!review.agent().equals(viewer) && !permissions.holdsAny(viewer, Role.MANAGER)) {
            throw new ReviewNotFoundException(id);
        }
        return review.view(sample(review));
    }

    /**
     * One scored review of the agent's own answer, as the agent sees it.
     *
     * @throws ReviewNotFoundException when there is none, it is not about their answer, or not scored yet
     */
    @Transactional(readOnly = true)
    public ReviewView own(long id, String agent) {
        Review review = reviews.findById(id)
                .filter(r -> r.agent().equals(agent) && r.scored())
                .orElseThrow(() -> new ReviewNotFoundException(id));
        return review.view(sample(review));
    }

    private ReviewSample sample(Review review) {
        return samples.findById(review.sampleId()).orElseThrow();
    }

    /**
     * Scores a review. Returns the next review of the same sample still to score, for "save and next".
     *
     * @throws InvalidReviewException when an item lacks its score or a comment is too long
     * @throws ReviewRefusedException when it is another reviewer's, or the agent replied already
     */
    @Transactional
    public Optional<Long> score(
            long id, int version, Map<ReviewItem, ReviewScore> scores, @Nullable String comment, String reviewer) {
        permissions.require(reviewer, NOT_REVIEWER, Role.MANAGER);
        Review review = change(id, version);
        review.score(scores, comment, reviewer, clock.instant());
        // The next unscored one after this, else the first unscored one before it (skipped ones come round again).
        List<Long> open = reviews.findBySampleIdOrderById(review.sampleId()).stream()
                .filter(r -> r.id() != id && !r.scored())
                .map(Review::id)
                .toList();
        return open.stream().filter(next -> next > id).findFirst().or(() -> open.stream()
                .findFirst());
    }

    /**
     * The agent's reply to a review of their answer.
     *
     * @throws ReviewRefusedException when it is not their answer, not scored yet, or replied to already
     */
    @Transactional
    public void reply(long id, int version, String text, String agent) {
        Review review = change(id, version);
        review.reply(text, agent, clock.instant());
    }

    private Review change(long id, int version) {
        Review review = reviews.findById(id).orElseThrow(() -> new ReviewNotFoundException(id));
        if (review.view(sample(review)).version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Review.class, id);
        }
        return review;
    }

    /** An agent's own scored reviews, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public PagedResult<ReviewView> mine(String agent, @Nullable String cursor, int pageSize) {
        KeysetCursor after = KeysetCursor.parse(cursor);
        Limit limit = Limit.of(pageSize + 1);
        List<Review> rows = after == null
                ? reviews.findScored(agent, limit)
                : reviews.findScoredAfter(agent, after.at(), after.id(), limit);
        Map<Long, ReviewSample> sampleById = new LinkedHashMap<>();
        List<ReviewView> views = rows.stream()
                .map(r -> r.view(sampleById.computeIfAbsent(
                        r.sampleId(), s -> samples.findById(s).orElseThrow())))
                .toList();
        return PagedResult.ofOneMore(
                views, pageSize, v -> new KeysetCursor(Objects.requireNonNull(v.reviewedAt()), v.id()));
    }

    /** Every review of a month, of all reviewers, in order: the API and its CSV. */
    @Transactional(readOnly = true)
    public List<ReviewView> reviewsOf(YearMonth month, String viewer) {
        permissions.require(viewer, "quality.permission.figures", Role.MANAGER);
        return all(month);
    }

    private List<ReviewView> all(YearMonth month) {
        Map<Long, ReviewSample> byId = samples.findByMonth(month.atDay(1)).stream()
                .collect(Collectors.toMap(ReviewSample::id, Function.identity()));
        if (byId.isEmpty()) {
            return List.of();
        }
        return reviews.findBySampleIdInOrderById(byId.keySet()).stream()
                .map(r -> r.view(byId.get(r.sampleId())))
                .toList();
    }

    /** The figures of a month per team, the items most often scored low, and the twelve months up to it. */
    @Transactional(readOnly = true)
    public ReviewFigures figures(YearMonth month, String viewer) {
        permissions.require(viewer, "quality.permission.figures", Role.MANAGER);
        List<ReviewView> list = all(month);
        Map<Optional<Long>, List<ReviewView>> byTeam = list.stream()
                .collect(Collectors.groupingBy(
                        r -> Optional.ofNullable(r.queueId()), LinkedHashMap::new, Collectors.toList()));
        List<ReviewFigures.Team> teams = byTeam.entrySet().stream()
                .map(e -> team(e.getKey().orElse(null), e.getValue()))
                .sorted(Comparator.comparing(
                        ReviewFigures.Team::queueId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<ReviewFigures.Item> items = new ArrayList<>();
        for (ReviewItem item : ReviewItem.values()) {
            List<ReviewScore> scores = list.stream()
                    .map(r -> r.scores().get(item))
                    .filter(Objects::nonNull)
                    .toList();
            int low = (int) scores.stream().filter(ReviewScore::low).count();
            items.add(new ReviewFigures.Item(
                    item,
                    scores.size(),
                    low,
                    scores.isEmpty() ? null : Math.round(1000.0 * low / scores.size()) / 10.0,
                    mean(scores)));
        }
        items.sort(Comparator.comparingInt(ReviewFigures.Item::low).reversed());
        List<ReviewFigures.Trend> trend = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            List<ReviewView> of = back == 0 ? list : all(m);
            List<ReviewScore> scores =
                    of.stream().flatMap(r -> r.scores().values().stream()).toList();
            trend.add(new ReviewFigures.Trend(
                    m, of.size(), (int) of.stream().filter(ReviewView::scored).count(), mean(scores), (int)
                            scores.stream().filter(ReviewScore::low).count()));
        }
        return new ReviewFigures(month, teams, items, trend);
    }

    private static ReviewFigures.Team team(@Nullable Long queueId, List<ReviewView> list) {
        Map<ReviewItem, Double> means = new EnumMap<>(ReviewItem.class);
        for (ReviewItem item : ReviewItem.values()) {
            Double mean = mean(list.stream()
                    .map(r -> r.scores().get(item))
                    .filter(Objects::nonNull)
                    .toList());
            if (mean != null) {
                means.put(item, mean);
            }
        }
        List<ReviewScore> all =
                list.stream().flatMap(r -> r.scores().values().stream()).toList();
        return new ReviewFigures.Team(
                queueId,
                list.size(),
                (int) list.stream().filter(ReviewView::scored).count(),
                mean(all),
                means);
    }

    private static @Nullable Double mean(List<ReviewScore> scores) {
        return scores.isEmpty()
                ? null
                : Math.round(scores.stream()
                                        .mapToInt(ReviewScore::score)
                                        .average()
                                        .orElse(0)
                                * 10)
                        / 10.0;
    }
}
