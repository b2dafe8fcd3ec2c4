package newdeal.pipeliner;

import newdeal.testing.CapturedLog;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagesTest {
    private final MockPipeliner pipeliner = new MockPipeliner();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void follows_end_cursors_until_the_last_page() {
        PipelinerClient client = pipeliner.client();
        pipeliner.reply(page(0, 100, "c1", true)).reply(page(100, 100, "c2", true)).reply(page(200, 7, null, false));

        List<Currency> currencies = client.listCurrencies(soon());

        assertThat(currencies).hasSize(207);
        assertThat(currencies.get(206).code()).isEqualTo("C206");
        assertThat(pipeliner.take().getRequestUrl().encodedQuery()).isEqualTo("first=100");
        assertThat(pipeliner.take().getRequestUrl().encodedQuery()).isEqualTo("first=100&after=c1");
        assertThat(pipeliner.take().getRequestUrl().encodedQuery()).isEqualTo("first=100&after=c2");
    }

    @Test
    void stops_at_the_page_cap_with_what_it_has_and_a_warning_when_pipeliner_never_says_last_page() {
        PipelinerClient client = pipeliner.builder().maxPages(3).build();
        for (int i = 0; i < 5; i++) {
            pipeliner.reply(page(i * 100, 100, "c" + i, true));
        }

        List<Currency> currencies;
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            currencies = client.listCurrencies(soon());
            log = captured.text();
        }

        assertThat(currencies).hasSize(300);
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(3);
        assertThat(log).contains("WARN").contains("Stopped reading").contains("after 3 pages (300 items)")
                .contains("more remain");
    }

    @Test
    void stops_on_a_page_without_page_info() {
        PipelinerClient client = pipeliner.client();
        pipeliner.reply(new MockResponse().setBody("{\"success\": true, \"data\": [{\"id\": \"x\", \"code\": \"EUR\"}]}"));

        assertThat(client.listCurrencies(soon())).extracting(Currency::code).containsExactly("EUR");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    /** A Currencies page of {@code size} items numbered from {@code from}. */
    private static MockResponse page(int from, int size, String endCursor, boolean hasNext) {
        List<String> items = new ArrayList<>();
        for (int i = from; i < from + size; i++) {
            items.add("{\"id\": \"c-" + i + "\", \"code\": \"C" + i + "\", \"symbol\": \"¤\", \"is_base\": false}");
        }
        String cursor = endCursor == null ? "null" : "\"" + endCursor + "\"";
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"success\": true, \"page_info\": {\"end_cursor\": " + cursor + ", \"has_next_page\": " + hasNext
                        + "}, \"data\": [" + String.join(",", items) + "]}");
    }
}
