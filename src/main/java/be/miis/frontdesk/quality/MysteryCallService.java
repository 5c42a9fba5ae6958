package be.miis.frontdesk.quality;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of mystery calls (issue #18 item 4, docs/reviews.md): reviewers (managers) record test calls and
 * follow them month by month.
 */
@Service
public class MysteryCallService {

    private static final String NOT_REVIEWER = "quality.permission.review";

    private final MysteryCallRepository calls;
    private final Permissions permissions;
    private final Clock clock;

    MysteryCallService(MysteryCallRepository calls, Permissions permissions, Clock clock) {
        this.calls = calls;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Records a test call; returns its id.
     *
     * @throws InvalidReviewException when the call breaks a rule of the input (see {@link MysteryCallInput})
     */
    @Transactional
    public long record(MysteryCallInput input, String reviewer) {
        permissions.require(reviewer, NOT_REVIEWER, Role.MANAGER);
        MysteryCall call = calls.save(new MysteryCall(input, reviewer, clock.instant()));
        return call.view().id();
    }

    /** @throws MysteryCallNotFoundException when there is none */
    @Transactional(readOnly = true)
    public MysteryCallView get(long id, String viewer) {
        permissions.require(viewer, NOT_REVIEWER, Role.MANAGER);
        return calls.findById(id).map(MysteryCall::view).orElseThrow(() -> new MysteryCallNotFoundException(id));
    }

    /** The calls, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public PagedResult<MysteryCallView> list(@Nullable String cursor, int pageSize, String viewer) {
        permissions.require(viewer, NOT_REVIEWER, Role.MANAGER);
        KeysetCursor after = KeysetCursor.parse(cursor);
        Limit limit = Limit.of(pageSize + 1);
        List<MysteryCall> rows =
                after == null ? calls.findNewest(limit) : calls.findOlder(after.at(), after.id(), limit);
        return PagedResult.ofOneMore(
                rows.stream().map(MysteryCall::view).toList(), pageSize, v -> new KeysetCursor(v.calledAt(), v.id()));
    }

    /** The figures of the twelve months up to {@code last}, oldest first (Brussels months). */
    @Transactional(readOnly = true)
    public List<MysteryCallFigures> monthly(YearMonth last, String viewer) {
        permissions.require(viewer, NOT_REVIEWER, Role.MANAGER);
        YearMonth first = last.minusMonths(11);
        List<MysteryCallView> all = calls.findCalledBetween(start(first), start(last.plusMonths(1))).stream()
                .map(MysteryCall::view)
                .toList();
        List<MysteryCallFigures> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth month = m;
            List<MysteryCallView> of = all.stream()
                    .filter(c -> YearMonth.from(c.calledAt().atZone(BusinessTime.ZONE))
                            .equals(month))
                    .toList();
            List<MysteryCallView> answered =
                    of.stream().filter(MysteryCallView::answered).toList();
            OptionalDouble seconds =
                    answered.stream().mapToInt(MysteryCallView::secondsToAnswer).average();
            Map<ReviewItem, Double> means = new EnumMap<>(ReviewItem.class);
            for (ReviewItem item : ReviewItem.values()) {
                OptionalDouble mean = answered.stream()
                        .map(c -> c.score(item))
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .average();
                mean.ifPresent(v -> means.put(item, round(v)));
            }
            OptionalDouble average = answered.stream()
                    .flatMap(c -> c.checklist().values().stream())
                    .mapToInt(ReviewScore::score)
                    .average();
            months.add(new MysteryCallFigures(
                    month,
                    of.size(),
                    answered.size(),
                    seconds.isPresent() ? round(seconds.getAsDouble()) : null,
                    answered.stream()
                            .map(MysteryCallView::secondsToAnswer)
                            .max(Integer::compare)
                            .orElse(null),
                    average.isPresent() ? round(average.getAsDouble()) : null,
                    means));
        }
        return months;
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}
