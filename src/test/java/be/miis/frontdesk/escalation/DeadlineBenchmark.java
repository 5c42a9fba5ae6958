package be.miis.frontdesk.escalation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A measurement, not a test (run with {@code ./mvnw -Pbenchmark verify}): deadlines of two working days per second
 * on one thread, for start instants spread over 2024–2030, beside a naive minute-by-minute loop in the same run.
 * Both must agree on every start they both compute, or the run fails: a fast wrong answer is no result.
 */
public final class DeadlineBenchmark {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Duration TWO_DAYS = Duration.ofHours(16);
    private static final int STARTS = 2_000_000;
    private static final int NAIVE_STARTS = 20_000;
    private static final int ROUNDS = 5;

    private DeadlineBenchmark() {}

    public static void main(String[] args) throws IOException {
        Set<LocalDate> closed = new HashSet<>();
        for (int year = 2024; year <= 2031; year++) {
            BelgianHolidays.of(year).forEach(day -> closed.add(day.date()));
            closed.add(LocalDate.of(year, 11, 15));
        }
        BusinessCalendar calendar = new BusinessCalendar(BRUSSELS, OpeningHours.standard(), closed);

        // Whole minutes, so that the minute-by-minute loop can find exactly the same deadline.
        Random random = new Random(20261123);
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60;
        long to = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond() / 60;
        Instant[] starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond((from + (long) (random.nextDouble() * (to - from))) * 60);
        }

        long checksum = 0;
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long began = System.nanoTime();
            for (Instant start : starts) {
                checksum += calendar.deadline(start, TWO_DAYS).getEpochSecond();
            }
            double perSecond = STARTS / ((System.nanoTime() - began) / 1e9);
            best = Math.max(best, perSecond);
        }

        long naiveBegan = System.nanoTime();
        for (int i = 0; i < NAIVE_STARTS; i++) {
            Instant naive = naiveDeadline(starts[i], TWO_DAYS, closed);
            Instant fast = calendar.deadline(starts[i], TWO_DAYS);
            if (!naive.equals(fast)) {
                throw new IllegalStateException(
                        "engine and minute loop disagree for " + starts[i] + ": " + fast + " against " + naive);
            }
        }
        double naivePerSecond = NAIVE_STARTS / ((System.nanoTime() - naiveBegan) / 1e9);

        String report = """
                ## Deadline arithmetic (two working days, Europe/Brussels, 2024–2030)

                | method | deadlines | per second (one thread) |
                |---|---:|---:|
                | BusinessCalendar.deadline (best of %d rounds) | %,d | %,.0f |
                | naive minute-by-minute loop (same starts, results compared) | %,d | %,.0f |

                Speed-up: %.0f×. Checksum %d. Java %s, %d cores.
                """.formatted(
                        ROUNDS,
                        STARTS,
                        best,
                        NAIVE_STARTS,
                        naivePerSecond,
                        best / naivePerSecond,
                        checksum,
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors());
        Path out = Path.of("target", "benchmarks", "deadline.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(String.format(Locale.ROOT, "%s", report));
    }

    /** The definition, literally: walk minute by minute and count the minutes that are opening hours. */
    static Instant naiveDeadline(Instant start, Duration workingTime, Set<LocalDate> closed) {
        long needed = workingTime.toMinutes();
        Instant t = start;
        while (true) {
            ZonedDateTime local = t.atZone(BRUSSELS);
            LocalTime time = local.toLocalTime();
            boolean open = local.getDayOfWeek().getValue() <= 5
                    && !closed.contains(local.toLocalDate())
                    && !time.isBefore(LocalTime.of(9, 0))
                    && time.isBefore(LocalTime.of(17, 0));
            if (open) {
                needed--;
                if (needed == 0) {
                    return t.plusSeconds(60);
                }
            }
            t = t.plusSeconds(60);
        }
    }
}
