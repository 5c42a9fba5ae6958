package be.miis.frontdesk.shared;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list: the rows, and the opaque cursor that continues after the last one (absent on
 * the last page). Big lists never use OFFSET: its cost grows with every page.
 */
public record PagedResult<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * The page out of rows read with a limit of one more than the page size: the extra row only tells that there is
     * more, and the cursor continues after the page's last row.
     */
    public static <T> PagedResult<T> ofOneMore(List<T> rows, int pageSize, Function<T, KeysetCursor> cursorOf) {
        if (rows.size() <= pageSize) {
            return new PagedResult<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, pageSize));
        return new PagedResult<>(page, cursorOf.apply(page.get(pageSize - 1)).toString());
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
