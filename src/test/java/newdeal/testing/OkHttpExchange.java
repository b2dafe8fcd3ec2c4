package newdeal.testing;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Turns an OkHttp request and response into the validator's model, without consuming the response body. The
 * Content-Type always travels along: without it the validator silently skips body checks.
 */
final class OkHttpExchange {
    // Keys of ours, shaped like the validator's, so assertRequestsConform (which keeps [validation.request.*]) sees
    // an unchecked request body too.
    static final String REQUEST_WITHOUT_CONTENT_TYPE = "validation.request.contentType.missing";
    static final String RESPONSE_WITHOUT_CONTENT_TYPE = "validation.response.contentType.missing";

    private OkHttpExchange() {
    }

    /** {@code problems} receives what makes a body uncheckable (a body without a Content-Type). */
    static Request request(okhttp3.Request request, java.util.List<String> problems) {
        HttpUrl url = request.url();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), url.encodedPath());
        for (String name : url.queryParameterNames()) {
            builder.withQueryParam(name, url.queryParameterValues(name));
        }
        request.headers().names().forEach(name -> builder.withHeader(name, request.headers(name)));
        RequestBody body = request.body();
        if (body != null) {
            builder.withBody(read(body));
            Optional<MediaType> type = Optional.ofNullable(body.contentType())
                    .or(() -> Optional.ofNullable(request.header("Content-Type")).map(MediaType::parse));
            type.ifPresentOrElse(t -> builder.withContentType(t.toString()),
                    () -> problems.add(request.method() + " " + url.encodedPath() + ": [" + REQUEST_WITHOUT_CONTENT_TYPE
                            + "] request body has no Content-Type, so it went unchecked"));
        }
        return builder.build();
    }

    static Response response(okhttp3.Response response, java.util.List<String> problems) throws IOException {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.code());
        response.headers().names().forEach(name -> builder.withHeader(name, response.headers(name)));
        String body = response.peekBody(Long.MAX_VALUE).string();
        if (!body.isEmpty()) {
            builder.withBody(body);
            String type = response.header("Content-Type");
            if (type == null) {
                problems.add(response.request().method() + " " + response.request().url().encodedPath() + " → "
                        + response.code() + ": [" + RESPONSE_WITHOUT_CONTENT_TYPE
                        + "] response body has no Content-Type, so it went unchecked");
            } else {
                builder.withContentType(type);
            }
        }
        return builder.build();
    }

    private static String read(RequestBody body) {
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body to validate it", e);
        }
    }
}
