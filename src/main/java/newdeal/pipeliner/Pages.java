package newdeal.pipeliner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cursor paging, the one way the client reads lists: {@code first} (at most 100) and {@code after=end_cursor} until
 * {@code has_next_page} is false. A hard cap on pages keeps a runaway list (or a server that never says "last page")
 * from eating the caller's deadline; hitting it is logged and the pages read so far are returned.
 */
final class Pages {
    static final int MAX_PAGE_SIZE = 100;
    private static final Logger log = LoggerFactory.getLogger(Pages.class);

    private final Transport transport;
    private final int maxPages;

    Pages(Transport transport, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
        this.transport = transport;
        this.maxPages = maxPages;
    }

    /** Every item, page after page. */
    <T> List<T> all(HttpUrl url, Class<T> item, Instant deadline) {
        List<T> items = new ArrayList<>();
        String after = null;
        for (int page = 1; page <= maxPages; page++) {
            Wire.Page<T> next = fetch(url, MAX_PAGE_SIZE, after, item, deadline);
            items.addAll(next.data());
            Wire.PageInfo info = next.pageInfo();
            if (info == null || !info.more() || next.data().isEmpty()) {
                return items;
            }
            after = info.endCursor();
        }
        log.warn("Stopped reading {} after {} pages ({} items): more remain", url.encodedPath(), maxPages,
                items.size());
        return items;
    }

    /** The first {@code limit} items (1 … 100), one request. */
    <T> List<T> first(HttpUrl url, int limit, Class<T> item, Instant deadline) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 … " + MAX_PAGE_SIZE + ", not " + limit);
        }
        return fetch(url, limit, null, item, deadline).data();
    }

    /** One page of {@code size} (1 … 100) items after the cursor {@code after} (null: the first page). */
    <T> Wire.Page<T> page(HttpUrl url, int size, String after, Class<T> item, Instant deadline) {
        return fetch(url, size, after, item, deadline);
    }

    private <T> Wire.Page<T> fetch(HttpUrl url, int size, String after, Class<T> item, Instant deadline) {
        HttpUrl.Builder page = url.newBuilder().setQueryParameter("first", Integer.toString(size));
        if (after != null) {
            page.setQueryParameter("after", after);
        }
        return transport.get(new Request.Builder().url(page.build()).get().build(), transport.page(item), deadline);
    }
}
