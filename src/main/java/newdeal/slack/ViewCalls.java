package newdeal.slack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import com.slack.api.methods.Methods;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.ByteString;

/**
 * {@code views.open} and {@code views.update} as Slack's Web API takes them in JSON: the view, built with Bolt's model
 * classes, written once straight into the request body (Bolt's client would form-encode it, escaping ~10 kB through
 * OkHttp's URL canonicalisation), the bot token as a bearer header; of Slack's answer, which echoes the whole view,
 * only {@code ok}, {@code error} and the view's {@code id} and {@code hash} are read, streaming past the rest.
 * See https://api.slack.com/web#posting_json.
 */
final class ViewCalls {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int INITIAL_BODY_CHARS = 8192;

    /** What Slack answered: {@code ok} with the view's id and hash, or Slack's error code. */
    record Answer(boolean ok, String error, String viewId, String hash) {
    }

    private final OkHttpClient http;
    private final String methodsUrl;
    private final String authorization;
    // Bolt's snake_case adapters; HTML escaping off, since "<" is as valid in JSON as "\u003c" and shorter.
    private final Gson gson = GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();
    private final JsonFactory jackson = new JsonFactory();

    ViewCalls(OkHttpClient http, String methodsUrl, String botToken) {
        this.http = http;
        this.methodsUrl = methodsUrl;
        this.authorization = "Bearer " + botToken;
    }

    Answer open(String triggerId, View view) throws IOException {
        return post(Methods.VIEWS_OPEN, body(json -> json.name("trigger_id").value(triggerId), view));
    }

    /** {@code hash} null leaves Slack's check for a newer version out. */
    Answer update(String viewId, String hash, View view) throws IOException {
        return post(Methods.VIEWS_UPDATE, body(json -> {
            json.name("view_id").value(viewId);
            if (hash != null) {
                json.name("hash").value(hash);
            }
        }, view));
    }

    /**
     * The request body: written as text first (JSON's many small writes straight into a UTF-8 encoder cost twice as
     * much), encoded once.
     */
    ByteString body(Fields fields, View view) throws IOException {
        Text out = new Text();
        try (JsonWriter json = gson.newJsonWriter(out)) {
            json.beginObject();
            fields.write(json);
            json.name("view");
            gson.toJson(view, View.class, json);
            json.endObject();
        }
        return ByteString.encodeUtf8(out.toString());
    }

    /** A non-200 status, like any failure to get Slack's answer, is an {@link IOException}, as in Bolt's client. */
    private Answer post(String method, ByteString body) throws IOException {
        Request request = new Request.Builder().url(methodsUrl + method).header("Authorization", authorization)
                .post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody answer = response.body();
            if (response.code() != 200 || answer == null) {
                throw new IOException(method + " answered HTTP " + response.code());
            }
            try (InputStream in = answer.byteStream()) {
                return read(in);
            }
        }
    }

    Answer read(InputStream in) throws IOException {
        boolean ok = false;
        String error = null;
        String[] view = {null, null};
        try (JsonParser parser = jackson.createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "ok" -> ok = value == JsonToken.VALUE_TRUE;
                    case "error" -> error = parser.getValueAsString();
                    case "view" -> readView(parser, value, view);
                    default -> parser.skipChildren();
                }
            }
        }
        return new Answer(ok, error, view[0], view[1]);
    }

    private static void readView(JsonParser parser, JsonToken start, String[] idAndHash) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> idAndHash[0] = parser.getValueAsString();
                case "hash" -> idAndHash[1] = parser.getValueAsString();
                default -> parser.skipChildren();
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Slack's answer is no JSON object: it starts with " + actual);
        }
    }

    /** A Writer into a StringBuilder, without StringWriter's lock on every one of JSON's small writes. */
    private static final class Text extends Writer {
        private final StringBuilder text = new StringBuilder(INITIAL_BODY_CHARS);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The call's own fields, written before the view. */
    @FunctionalInterface
    interface Fields {
        void write(JsonWriter json) throws IOException;
    }
}
