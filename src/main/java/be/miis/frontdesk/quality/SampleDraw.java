package be.miis.frontdesk.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monthly sample of answered tickets a reviewer scores (docs/reviews.md, "The sample"). A pure function of its
 * input and a seed: the same month, answers and seed always give the same sample, so a sample can be explained
 * and redrawn later.
 *
 * <ol>
 *   <li>Tickets the reviewer answered (at any time) are out: nobody reviews their own answers.
 *   <li>One candidate per ticket and agent, the agent's last answer on it; sorted by ticket and agent, so the order
 *       the database returns rows in does not matter, then shuffled with {@code new Random(seed)}.
 *   <li>Every active agent gets up to {@code perAgent} tickets, the first ones of theirs in the shuffled order.
 *   <li>Every queue (the frontdesk, i.e. no queue, included) is then topped up to {@code perQueue} tickets from the
 *       shuffled order.
 * </ol>
 *
 * A ticket is in a sample at most once. An active agent without any eligible answer that month is reported as not
 * covered rather than silently missing.
 */
final class SampleDraw {

    private static final Comparator<SampleCandidate> STABLE =
            Comparator.comparingLong(SampleCandidate::ticketId).thenComparing(SampleCandidate::agent);

    private static final Comparator<@org.jspecify.annotations.Nullable Long> QUEUES =
            Comparator.nullsFirst(Comparator.naturalOrder());

    private SampleDraw() {}

    record Result(List<SampleCandidate> picked, List<String> uncovered) {}

    /** The seed of a month's sample for a reviewer: derived from both, so each reviewer's sample differs. */
    static long seed(YearMonth month, String reviewer) {
        return (month.getYear() * 100L + month.getMonthValue()) * 1_000_003L + reviewer.hashCode();
    }

    static Result draw(
            Collection<SampleCandidate> answers,
            Collection<String> activeAgents,
            Set<Long> reviewersTickets,
            String reviewer,
            int perAgent,
            int perQueue,
            long seed) {
        Map<Long, Boolean> excluded = new HashMap<>();
        reviewersTickets.forEach(id -> excluded.put(id, true));
        answers.stream().filter(a -> a.agent().equals(reviewer)).forEach(a -> excluded.put(a.ticketId(), true));

        Map<String, SampleCandidate> latest = new HashMap<>();
        for (SampleCandidate answer : answers) {
            if (excluded.containsKey(answer.ticketId())) {
                continue;
            }
            latest.merge(
                    answer.ticketId() + "/" + answer.agent(),
                    answer,
                    (a, b) -> a.answeredAt().isAfter(b.answeredAt()) ? a : b);
        }
        List<SampleCandidate> pool = new ArrayList<>(latest.values());
        pool.sort(STABLE);
        Collections.shuffle(pool, new Random(seed));

        Map<Long, SampleCandidate> picked = new LinkedHashMap<>();
        List<String> uncovered = new ArrayList<>();
        for (String agent : new TreeSet<>(activeAgents)) {
            if (agent.equals(reviewer)) {
                continue;
            }
            int taken = 0;
            for (SampleCandidate candidate : pool) {
                if (taken >= perAgent) {
                    break;
                }
                if (candidate.agent().equals(agent) && !picked.containsKey(candidate.ticketId())) {
                    picked.put(candidate.ticketId(), candidate);
                    taken++;
                }
            }
            if (taken == 0) {
                uncovered.add(agent);
            }
        }
        List<@org.jspecify.annotations.Nullable Long> queues = new ArrayList<>(
                pool.stream().map(SampleCandidate::queueId).distinct().toList());
        queues.sort(QUEUES);
        for (Long queue : queues) {
            long inQueue = picked.values().stream()
                    .filter(c -> Objects.equals(c.queueId(), queue))
                    .count();
            for (SampleCandidate candidate : pool) {
                if (inQueue >= perQueue) {
                    break;
                }
                if (Objects.equals(candidate.queueId(), queue) && !picked.containsKey(candidate.ticketId())) {
                    picked.put(candidate.ticketId(), candidate);
                    inQueue++;
                }
            }
        }
        return new Result(List.copyOf(picked.values()), List.copyOf(uncovered));
    }
}
