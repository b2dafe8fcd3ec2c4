package newdeal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The downgrades stay as narrow as the quirks they name: real violations are still reported. */
class OpenApiConformanceTest {
    private static final String BASE = "http://pipeliner.test/api/v100/rest/spaces/demo_Space/entities/";
    private static final String ID = "01234567-abcd-dcba-ffff-000000000000";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String CREATED_ACCOUNT = "{\"success\":true,\"data\":{\"id\":\"" + ID + "\",\"name\":\"Globex\","
            + "\"created\":\"%s\",\"owner\":null,\"owner_id\":null,\"unit\":null,\"account_type\":null,"
            + "\"formatted_name\":\"Globex\",\"is_delete_protected\":false,\"is_favorite\":false%s}}";
    private static final String REFUSAL = "{\"success\":false,\"http_status\":422,\"code\":40000,"
            + "\"name\":\"ERROR_ENTITY_VALIDATION\",\"message\":\"Error\",\"entity_errors\":[],\"field_errors\":[]}";
    private final OpenApiConformance conformance = OpenApiConformance.forSpace("demo_Space");

    // Per test, not per class: each test then counts as skipped in Maven's summary, so a missing spec shows.
    @BeforeEach
    void needsTheSpec() {
        OpenApiConformance.assumeSpecAvailable();
    }

    @Test
    void accepts_a_create_body_with_relation_items_and_an_integer_label_flag_as_pipeliner_takes_them() {
        assertThat(check(post(createBody(",\"label_flag\":2")), refused())).isEmpty();
    }

    @Test
    void reports_an_unknown_top_level_field_in_a_create_body() {
        assertThat(check(post(createBody(",\"probability\":40")), refused())).singleElement().asString()
                .contains("probability");
    }

    @Test
    void reports_an_unknown_field_inside_a_relation_item() {
        String body = createBody("").replaceFirst("\"is_primary\":true", "\"is_primary\":true,\"acount_id\":\"" + ID + "\"");

        assertThat(check(post(body), refused())).singleElement().asString().contains("acount_id");
    }

    @Test
    void accepts_nulls_pipeliner_date_times_and_custom_fields_in_responses() {
        String body = CREATED_ACCOUNT.formatted("2024-07-09 12:51:48.050073+00:00", ",\"cf_region\":\"North\"");

        assertThat(check(get("Accounts/" + ID), response(200, body))).isEmpty();
    }

    @Test
    void reports_a_malformed_date_time_and_an_undeclared_field_in_a_response() {
        assertThat(check(get("Accounts/" + ID), response(200, CREATED_ACCOUNT.formatted("2024-07-09 12:51", ""))))
                .singleElement().asString().contains("created");
        assertThat(check(get("Accounts/" + ID), response(200, CREATED_ACCOUNT.formatted("2024-07-09 12:51:48Z",
                ",\"region\":\"North\"")))).singleElement().asString().contains("region");
    }

    @Test
    void checks_a_422_body_against_pipeliner_s_error_shape() {
        assertThat(check(post(createBody("")), response(422, REFUSAL))).isEmpty();
        assertThat(check(post(createBody("")), response(422, "{\"success\":false,\"message\":\"no status\"}")))
                .singleElement().asString().contains("http_status");
    }

    @Test
    void reports_a_wrong_type_and_a_request_body_without_content_type() {
        String badType = CREATED_ACCOUNT.formatted("2024-07-09 12:51:48Z", ",\"is_archived\":\"no\"");
        Request noContentType = new Request.Builder().url(BASE + "Opportunities")
                .post(RequestBody.create(createBody("").getBytes())).build();

        assertThat(check(get("Accounts/" + ID), response(200, badType))).singleElement().asString()
                .contains("is_archived");
        assertThat(check(noContentType, refused())).anyMatch(v -> v.contains("no Content-Type"));
    }

    @Test
    void fails_assert_no_violations_listing_what_the_interceptor_recorded_then_starts_clean() {
        OpenApiConformance recording = OpenApiConformance.forSpace("demo_Space");
        okhttp3.OkHttpClient client = new okhttp3.OkHttpClient.Builder().addInterceptor(recording.interceptor())
                .addInterceptor(chain -> response(chain.request(), 200, "{\"success\":\"yes\"}")).build();

        assertThatCode(() -> client.newCall(get("Clients")).execute().close()).doesNotThrowAnyException();
        assertThatThrownBy(recording::assertNoViolations).isInstanceOf(AssertionError.class).hasMessageContaining("success");
        recording.assertNoViolations();
    }

    @Test
    void fails_assert_requests_conform_when_a_request_body_has_no_content_type() {
        OpenApiConformance recording = OpenApiConformance.forSpace("demo_Space");
        okhttp3.OkHttpClient client = new okhttp3.OkHttpClient.Builder().addInterceptor(recording.interceptor())
                .addInterceptor(chain -> refused().newBuilder().request(chain.request()).build()).build();
        Request noContentType = new Request.Builder().url(BASE + "Opportunities")
                .post(RequestBody.create(createBody("").getBytes())).build();

        assertThatCode(() -> client.newCall(noContentType).execute().close()).doesNotThrowAnyException();
        assertThatThrownBy(recording::assertRequestsConform).isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST").hasMessageContaining("no Content-Type");
        assertThatCode(() -> client.newCall(post(createBody(""))).execute().close()).doesNotThrowAnyException();
        recording.assertRequestsConform();
    }

    private List<String> check(Request request, Response response) {
        return conformance.check(request, response.newBuilder().request(request).build());
    }

    private static String createBody(String extra) {
        return "{\"name\":\"Globex renewal\",\"owner_id\":\"" + ID + "\",\"step_id\":\"" + ID + "\","
                + "\"closing_date\":\"2025-03-31\",\"value\":{\"base_value\":100,\"currency_id\":\"" + ID + "\","
                + "\"value_foreign\":100},\"account_relations\":[{\"account_id\":\"" + ID + "\",\"is_primary\":true}],"
                + "\"contact_relations\":[{\"contact_id\":\"" + ID + "\",\"is_primary\":true}]" + extra + "}";
    }

    private static Request post(String body) {
        return new Request.Builder().url(BASE + "Opportunities").header("Accept", "application/json")
                .post(RequestBody.create(body, JSON)).build();
    }

    private static Request get(String path) {
        return new Request.Builder().url(HttpUrl.get(BASE + path)).header("Accept", "application/json").get().build();
    }

    /** A conforming answer, so that only the request side is under test. */
    private static Response refused() {
        return response(422, REFUSAL);
    }

    private static Response response(int status, String body) {
        return response(new Request.Builder().url(BASE).build(), status, body);
    }

    private static Response response(Request request, int status, String body) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(status).message("")
                .header("Content-Type", "application/json").body(ResponseBody.create(body, JSON)).build();
    }
}
