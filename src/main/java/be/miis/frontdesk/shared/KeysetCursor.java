package be.miis.frontdesk.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The position after the last row of a page ordered by (time, id): "micros-since-epoch.id", opaque to clients and
 * exact to the microsecond PostgreSQL stores. A page continues with {@code (time, id) < (:time, :id)} (or {@code >}
 * ascending), which an index on (time, id) serves at any depth, unlike OFFSET.
 */
public record KeysetCursor(Instant at, long id) {

    /** The cursor in a request, or {@code null} for a missing or hand-edited value: the list starts at the top. */
    public static @Nullable KeysetCursor parse(@Nullable String value) {
        if (value == null || !value.matches("-?\\d{1,19}\\.\\d{1,19}")) {
            return null;
        }
        String[] parts = value.split("\\.");
        try {
            long micros = Long.parseLong(parts[0]);
            Instant at =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            return new KeysetCursor(at, Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000L;
        return micros + "." + id;
    }
}
