package be.miis.frontdesk.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How long answered escalations took, in working time, counted per bucket of {@value #BUCKET_MINUTES} minutes:
 * unlike a median, bucket counts add up over months and filters, so the roll-up can keep them. A percentile is read
 * as the upper bound of the bucket that holds it (nearest rank), so it is exact to the quarter of an hour.
 */
final class WorkingTimeHistogram {

    static final int BUCKET_MINUTES = 15;
    /** Everything from 100 working hours on shares the last bucket. */
    static final int LAST_BUCKET = 400;

    private final SortedMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    void add(int bucket, long escalations) {
        counts.merge(bucket, escalations, Long::sum);
        total += escalations;
    }

    long total() {
        return total;
    }

    /**
     * The working minutes within which the given share of the escalations was answered ({@code 0 < share <= 1}), or
     * null when none was answered.
     */
    @Nullable
    Integer percentileMinutes(double share) {
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(share * total);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return (bucket.getKey() + 1) * BUCKET_MINUTES;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }
}
