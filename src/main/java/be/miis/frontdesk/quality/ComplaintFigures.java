package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.Channel;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The complaints of a year (docs/complaints.md, "Figures"): per month of receipt (Brussels) what became of them and
 * whether the deadlines were kept, the year's total, and the year by outcome, root cause, channel and domain, with
 * the lessons learned from the founded ones. Every map holds every key, zero included, in a fixed order.
 */
public record ComplaintFigures(
        int year,
        List<Month> months,
        Month total,
        Map<ComplaintOutcome, Long> byOutcome,
        Map<Long, Long> byRootCause,
        Map<Channel, Long> byChannel,
        Map<String, Long> byDomain,
        List<Lesson> lessons) {

    /**
     * One month's complaints: received, then closed as founded, partly founded, unfounded or inadmissible, or still
     * open; the acknowledgements and closing letters sent in time or late (an open step past its deadline is late).
     */
    public record Month(
            YearMonth month,
            long received,
            long founded,
            long partlyFounded,
            long unfounded,
            long inadmissible,
            long open,
            long acknowledgedInTime,
            long acknowledgedLate,
            long answeredInTime,
            long answeredLate) {

        /** Share of the closing letters (of those due or sent) that were in time, or null when none. */
        public Double answeredInTimeShare() {
            long all = answeredInTime + answeredLate;
            return all == 0 ? null : (double) answeredInTime / all;
        }

        public Double acknowledgedInTimeShare() {
            long all = acknowledgedInTime + acknowledgedLate;
            return all == 0 ? null : (double) acknowledgedInTime / all;
        }
    }

    /** What a founded complaint taught: its reference, month, root cause and the action taken or lesson learned. */
    public record Lesson(
            String reference, YearMonth month, ComplaintOutcome outcome, Long rootCauseId, String action) {}
}
