package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.ticket.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts a year's complaints (docs/complaints.md, "Figures") from their cases, in memory: a contact centre receives
 * complaints by the hundred a year, not by the million, so one indexed range read of the year
 * ({@code complaint_case_received_idx}) and a pass over it beats a roll-up table to keep in step.
 */
final class ComplaintReport {

    private ComplaintReport() {}

    static ComplaintFigures of(
            int year, List<Complaint> cases, List<RootCause> rootCauses, List<String> domains, Instant now) {
        List<int[]> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new int[10]);
        }
        int[] total = new int[10];
        Map<ComplaintOutcome, Long> byOutcome = new EnumMap<>(ComplaintOutcome.class);
        for (ComplaintOutcome outcome : ComplaintOutcome.values()) {
            byOutcome.put(outcome, 0L);
        }
        Map<Long, Long> byRootCause = new LinkedHashMap<>();
        rootCauses.forEach(c -> byRootCause.put(c.id(), 0L));
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, 0L);
        }
        Map<String, Long> byDomain = new LinkedHashMap<>();
        domains.forEach(d -> byDomain.put(d, 0L));
        List<ComplaintFigures.Lesson> lessons = new ArrayList<>();
        for (Complaint c : cases) {
            YearMonth month = YearMonth.from(LocalDate.ofInstant(c.receivedAt(), BusinessTime.ZONE));
            if (month.getYear() != year) {
                continue;
            }
            int[] row = months.get(month.getMonthValue() - 1);
            int[] counts = counts(c, now);
            for (int i = 0; i < counts.length; i++) {
                row[i] += counts[i];
                total[i] += counts[i];
            }
            if (c.outcome() != null) {
                byOutcome.merge(c.outcome(), 1L, Long::sum);
            }
            if (c.rootCauseId() != null) {
                byRootCause.merge(c.rootCauseId(), 1L, Long::sum);
                lessons.add(new ComplaintFigures.Lesson(
                        c.reference(),
                        month,
                        Objects.requireNonNull(c.outcome()),
                        c.rootCauseId(),
                        Objects.requireNonNullElse(c.actionTaken(), "")));
            }
            byChannel.merge(c.channel(), 1L, Long::sum);
            byDomain.merge(c.domainCode(), 1L, Long::sum);
        }
        List<ComplaintFigures.Month> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(month(YearMonth.of(year, m + 1), months.get(m)));
        }
        return new ComplaintFigures(
                year, rows, month(YearMonth.of(year, 12), total), byOutcome, byRootCause, byChannel, byDomain, lessons);
    }

    /** received, founded, partly, unfounded, inadmissible, open, ack in time, ack late, answer in time, late. */
    private static int[] counts(Complaint c, Instant now) {
        int[] counts = new int[10];
        counts[0] = 1;
        switch (c.stage()) {
            case INADMISSIBLE -> counts[4] = 1;
            case ANSWERED ->
                counts[
                        switch (Objects.requireNonNull(c.outcome())) {
                            case FOUNDED -> 1;
                            case PARTLY_FOUNDED -> 2;
                            case UNFOUNDED -> 3;
                        }] = 1;
            default -> counts[5] = 1;
        }
        // Every step after the acknowledgement needs it, so a closed case was acknowledged.
        Boolean acknowledged = c.acknowledgedInTime(now);
        if (acknowledged != null) {
            counts[acknowledged ? 6 : 7] = 1;
        }
        Boolean answered = c.answeredInTime(now);
        if (answered != null) {
            counts[answered ? 8 : 9] = 1;
        }
        return counts;
    }

    private static ComplaintFigures.Month month(YearMonth month, int[] n) {
        return new ComplaintFigures.Month(month, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9]);
    }
}
