package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDrawTests {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final List<String> AGENTS = List.of("anna", "bert", "carla", "dirk", "erik");

    /** 200 answers of five agents, in three queues and at the frontdesk, some tickets answered twice. */
    private static List<SampleCandidate> month() {
        Random random = new Random(7);
        List<SampleCandidate> answers = new ArrayList<>();
        for (long ticket = 1; ticket <= 200; ticket++) {
            Long queue = random.nextInt(4) == 0 ? null : (long) random.nextInt(3) + 1;
            String agent = AGENTS.get(random.nextInt(AGENTS.size()));
            answers.add(answer(ticket, agent, queue, ticket));
            if (ticket % 17 == 0) {
                answers.add(answer(ticket, "manager", queue, ticket + 1));
            }
        }
        return answers;
    }

    private static SampleCandidate answer(long ticket, String agent, Long queue, long minutes) {
        return new SampleCandidate(
                ticket,
                "CMI-2026-%06d".formatted(ticket),
                UUID.nameUUIDFromBytes((ticket + agent + minutes).getBytes()),
                agent,
                queue,
                START.plusSeconds(60 * minutes));
    }

    private static SampleDraw.Result draw(List<SampleCandidate> answers, long seed) {
        return SampleDraw.draw(answers, AGENTS, Set.of(), "manager", 3, 2, seed);
    }

    @Test
    void theSameSeedGivesTheSameSampleWhateverTheOrderOfTheAnswers() {
        List<SampleCandidate> answers = month();
        List<SampleCandidate> shuffled = new ArrayList<>(answers);
        Collections.shuffle(shuffled, new Random(99));

        assertThat(draw(shuffled, 42).picked()).isEqualTo(draw(answers, 42).picked());
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        List<SampleCandidate> answers = month();
        Set<Long> first = tickets(draw(answers, 1));
        long differing = List.of(2L, 3L, 4L, 5L, 6L).stream()
                .filter(seed -> !tickets(draw(answers, seed)).equals(first))
                .count();

        assertThat(differing).isEqualTo(5);
    }

    @Test
    void drawsSpreadOverTheMonthRatherThanItsFirstAnswers() {
        Set<Long> picked = tickets(draw(month(), 42));

        assertThat(picked).anyMatch(ticket -> ticket > 100).anyMatch(ticket -> ticket <= 100);
    }

    @Test
    void neverDrawsATicketTheReviewerAnswered() {
        List<SampleCandidate> answers = month();
        Set<Long> reviewers = answers.stream()
                .filter(a -> a.agent().equals("manager"))
                .map(SampleCandidate::ticketId)
                .collect(Collectors.toSet());
        // Also answered by the reviewer in another month: known only from the exclusion set.
        Set<Long> earlier = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        for (long seed = 0; seed < 50; seed++) {
            SampleDraw.Result result = SampleDraw.draw(answers, AGENTS, earlier, "manager", 5, 5, seed);
            assertThat(tickets(result)).doesNotContainAnyElementsOf(reviewers).doesNotContainAnyElementsOf(earlier);
            assertThat(result.picked()).noneMatch(c -> c.agent().equals("manager"));
        }
    }

    @Test
    void aReviewerWhoAlsoAnswersIsNotSampledAsAnAgent() {
        List<String> agents = List.of("anna", "bert", "carla", "dirk", "erik");
        SampleDraw.Result result = SampleDraw.draw(month(), agents, Set.of(), "anna", 3, 2, 5);

        assertThat(result.picked()).noneMatch(c -> c.agent().equals("anna"));
        assertThat(result.uncovered()).isEmpty();
    }

    @Test
    void coversEveryActiveAgentWithTheConfiguredNumberAndEveryQueue() {
        for (long seed = 0; seed < 50; seed++) {
            SampleDraw.Result result = draw(month(), seed);

            assertThat(result.uncovered()).isEmpty();
            for (String agent : AGENTS) {
                assertThat(result.picked().stream().filter(c -> c.agent().equals(agent)))
                        .as("agent %s, seed %d", agent, seed)
                        .hasSizeGreaterThanOrEqualTo(3);
            }
            for (Long queue : java.util.Arrays.asList(null, 1L, 2L, 3L)) {
                assertThat(result.picked().stream().filter(c -> java.util.Objects.equals(c.queueId(), queue)))
                        .as("queue %s, seed %d", queue, seed)
                        .hasSizeGreaterThanOrEqualTo(2);
            }
            assertThat(result.picked()).extracting(SampleCandidate::ticketId).doesNotHaveDuplicates();
        }
    }

    @Test
    void anAgentWithFewAnswersGetsWhatThereIsAndAnAgentWithoutAnyIsReported() {
        List<SampleCandidate> answers = new ArrayList<>(month());
        answers.add(answer(500, "frank", 2L, 10));
        List<String> agents = new ArrayList<>(AGENTS);
        agents.add("frank");
        agents.add("gina");

        SampleDraw.Result result = SampleDraw.draw(answers, agents, Set.of(), "manager", 3, 2, 11);

        assertThat(result.picked()).filteredOn(c -> c.agent().equals("frank")).hasSize(1);
        assertThat(result.uncovered()).containsExactly("gina");
    }

    @Test
    void theSeedDependsOnTheMonthAndTheReviewer() {
        long november = SampleDraw.seed(YearMonth.of(2026, 11), "manager");

        assertThat(SampleDraw.seed(YearMonth.of(2026, 11), "manager")).isEqualTo(november);
        assertThat(SampleDraw.seed(YearMonth.of(2026, 12), "manager")).isNotEqualTo(november);
        assertThat(SampleDraw.seed(YearMonth.of(2026, 11), "marie")).isNotEqualTo(november);
    }

    private static Set<Long> tickets(SampleDraw.Result result) {
        return result.picked().stream().map(SampleCandidate::ticketId).collect(Collectors.toSet());
    }
}
