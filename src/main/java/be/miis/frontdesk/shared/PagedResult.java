package be.miis.frontdesk.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list: the rows, and the opaque cursor that continues after the last one (absent on
 * the last page). Big lists never use OFFSET: its cost grows with every page.
 */
public record PagedResult<T>(List<T> items, @Nullable String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
