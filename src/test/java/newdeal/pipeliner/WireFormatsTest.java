package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** The small formats around the wire: timestamps, Retry-After, error bodies, and a strict shared mapper. */
class WireFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void reads_pipeliner_timestamps_with_a_space_or_a_t() {
        OffsetDateTime expected = OffsetDateTime.of(2024, 7, 9, 12, 51, 48, 50_073_000, ZoneOffset.UTC);

        assertThat(Timestamps.parse("2024-07-09 12:51:48.050073+00:00")).isEqualTo(expected);
        assertThat(Timestamps.parse("2024-07-09T12:51:48.050073Z")).isEqualTo(expected);
        assertThat(Timestamps.parse("2024-07-09 12:51:48.050073")).isEqualTo(expected);
        assertThat(Timestamps.parse("yesterday")).isNull();
        assertThat(Timestamps.parseDate("2025-09-30")).hasToString("2025-09-30");
        assertThat(Timestamps.parseDate("2025-13-30")).isNull();
    }

    @Test
    void writes_filter_timestamps_in_utc_rounded_down_to_the_second() {
        assertThat(Timestamps.forFilter(Instant.parse("2025-08-01T10:15:30.987Z"))).isEqualTo("2025-08-01 10:15:30");
    }

    @Test
    void reads_retry_after_as_seconds_or_an_http_date() {
        Instant now = Instant.parse("2025-08-01T10:15:30Z");

        assertThat(RetryAfter.parse("2", now)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse("Fri, 01 Aug 2025 10:15:35 GMT", now)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Fri, 01 Aug 2025 10:15:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-1", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void tolerates_error_bodies_of_every_shape() {
        assertThat(parse(422, "{\"field_errors\": [{\"field_name\": \"name\", \"message\": \"Too long.\"}]}"))
                .isEqualTo(new ErrorBody(null, null, "Too long.", Map.of("name", List.of("Too long."))));
        assertThat(parse(404, "{\"status\": 404, \"message\": \"Not here.\", \"errorcode\": 12, \"traceback\": null}"))
                .isEqualTo(new ErrorBody(12, null, "Not here.", Map.of()));
        assertThat(parse(502, "")).isEqualTo(new ErrorBody(null, null, "HTTP 502 without a Pipeliner error body",
                Map.of()));
        assertThat(parse(400, "[1, 2]").message()).isEqualTo("HTTP 400 without a Pipeliner error body");
        assertThat(parse(400, "{\"code\": \"117\", \"field_errors\": \"oops\"}"))
                .isEqualTo(new ErrorBody(null, null, "HTTP 400 without a message", Map.of()));
    }

    @Test
    void reads_nulls_and_unknown_fields_whatever_the_shared_mapper_is_strict_about() throws Exception {
        ObjectMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .build();
        try (MockPipeliner pipeliner = new MockPipeliner()) {
            pipeliner.reply(new MockResponse().setBody("{\"success\": true, \"page_info\": {\"end_cursor\": null, "
                    + "\"has_next_page\": null}, \"data\": [{\"id\": \"c-1\", \"code\": \"EUR\", \"symbol\": null, "
                    + "\"is_base\": null, \"cf_extra\": 1}]}"));

            pipeliner.reply(201, "opportunities-create-201.json");
            PipelinerClient client = pipeliner.builder().mapper(strict).build();

            List<Currency> currencies = client.listCurrencies(MockPipeliner.soon());
            Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), MockPipeliner.soon());

            assertThat(currencies).containsExactly(new Currency("c-1", "EUR", null, false));
            assertThat(created.id()).isEqualTo("0b000001-0000-4000-8000-000000000001");
            pipeliner.take();
            assertThat(pipeliner.take().getBody().readUtf8()).contains("\"owner_id\":", "\"account_relations\":");
        }
    }

    private static ErrorBody parse(int status, String body) {
        return ErrorBody.parse(MAPPER, status, body.getBytes(StandardCharsets.UTF_8));
    }
}
