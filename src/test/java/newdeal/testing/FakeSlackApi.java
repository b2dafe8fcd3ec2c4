package newdeal.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Slack Web API of our own over real HTTP on a free port: Bolt's client is pointed at {@link #apiUrl()}.
 * It records every call, answers {@code auth.test}, {@code views.open}, {@code views.update},
 * {@code chat.postMessage} and {@code users.info} as Slack does, and can be told to answer any method with given JSON,
 * to fail the next call of a method with a Slack error code, or to take its time. It also serves response_urls
 * ({@link #responseUrl(String)}) that record what is posted and can be made to fail.
 */
public final class FakeSlackApi implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final FakeViews views = new FakeViews(json);
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final List<ResponseUrlPost> responsePosts = new CopyOnWriteArrayList<>();
    private final Map<String, String> emails = new ConcurrentHashMap<>();
    private final Map<String, String> cannedAnswers = new ConcurrentHashMap<>();
    private final Map<String, Queue<String>> nextErrors = new ConcurrentHashMap<>();
    private final Map<String, Duration> latencies = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean keepCalls = true;
    private final AtomicInteger responseUrlStatus = new AtomicInteger(200);
    private final AtomicInteger messages = new AtomicInteger();
    private final Javalin server;

    private FakeSlackApi() {
        server = Javalin.create(config -> config.showJavalinBanner = false)
                .post("/api/{method}", this::api)
                .post("/response/{id}", this::responseUrlPost)
                .start("127.0.0.1", 0);
    }

    public static FakeSlackApi start() {
        return new FakeSlackApi();
    }

    /** The Web API base, ending in a slash: what {@code SLACK_API_URL} is set to. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    /** A response_url served by this fake, as Slack puts one in a slash command. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/response/" + id;
    }

    /** Lets {@code users.info} answer for this user with this email (scope users:read.email). */
    public FakeSlackApi user(String userId, String email) {
        emails.put(userId, email);
        return this;
    }

    /** Answers every later call of {@code method} with this JSON instead of the built-in behaviour. */
    public FakeSlackApi answer(String method, String answerJson) {
        cannedAnswers.put(method, answerJson);
        return this;
    }

    /** The next call of {@code method} gets {@code {"ok": false, "error": error}}, e.g. {@code expired_trigger_id}. */
    public FakeSlackApi failNext(String method, String error) {
        nextErrors.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(error);
        return this;
    }

    /** The next {@code views.update} of this view gets {@code {"ok": false, "error": error}}: {@code not_found}. */
    public FakeSlackApi failNextUpdate(String viewId, String error) {
        nextErrors.computeIfAbsent("views.update " + viewId, m -> new ConcurrentLinkedQueue<>()).add(error);
        return this;
    }

    /** Every later call of {@code method} waits this long before answering. */
    public FakeSlackApi latency(String method, Duration latency) {
        latencies.put(method, latency);
        return this;
    }

    /** Hears of every Web API call as it arrives, with the size of its body; for load tests. */
    @FunctionalInterface
    public interface Listener {
        void called(RecordedCall call, int bodyBytes);
    }

    /** {@code listener} hears of every later call when it arrives, before it is answered. */
    public FakeSlackApi listen(Listener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * For load tests: calls are no longer kept ({@link #calls()} stays as it is; listeners still hear them), and only
     * the {@code views} views opened last are held.
     */
    public FakeSlackApi lean(int views) {
        keepCalls = false;
        this.views.retainAtMost(views);
        return this;
    }

    /** response_urls answer with this status from now on (200 is Slack's "ok"). */
    public FakeSlackApi responseUrlsAnswer(int status) {
        responseUrlStatus.set(status);
        return this;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<ResponseUrlPost> responseUrlPosts() {
        return List.copyOf(responsePosts);
    }

    /** The {@code views.update} calls of one view, in the order they were answered. */
    public List<RecordedCall> updatesOf(String viewId) {
        return calls("views.update").stream().filter(c -> viewId.equals(c.param("view_id"))).toList();
    }

    /** Waits until the view was updated at least {@code count} times; returns its updates. */
    public List<RecordedCall> awaitUpdates(String viewId, int count, Duration timeout) {
        Waiting.until(() -> updatesOf(viewId).size() >= count, timeout,
                () -> "expected " + count + " views.update of " + viewId + ", got " + calls("views.update"));
        return updatesOf(viewId);
    }

    /**
     * Back to how it started, for the next test of a shared app: no latency, canned answer or queued error any more,
     * response_urls answer 200, and nothing recorded. Registered users and open views stay.
     */
    public void reset() {
        latencies.clear();
        cannedAnswers.clear();
        nextErrors.clear();
        responseUrlStatus.set(200);
        calls.clear();
        responsePosts.clear();
    }

    /** Waits until {@code method} was called at least {@code count} times; returns those calls. */
    public List<RecordedCall> awaitCalls(String method, int count, Duration timeout) {
        Waiting.until(() -> calls(method).size() >= count, timeout,
                () -> "expected " + count + " call(s) of " + method + ", got " + calls());
        return calls(method);
    }

    public RecordedCall awaitCall(String method, Duration timeout) {
        return awaitCalls(method, 1, timeout).get(0);
    }

    public ResponseUrlPost awaitResponseUrlPost(Duration timeout) {
        Waiting.until(() -> !responsePosts.isEmpty(), timeout, () -> "nothing was posted to a response_url");
        return responsePosts.get(0);
    }

    /** The view as Slack holds it now (with id, hash and empty state), or empty when no such view was opened. */
    public Optional<JsonNode> view(String viewId) {
        return views.view(viewId);
    }

    public Optional<String> lastOpenedViewId() {
        return views.lastOpenedId();
    }

    /** The id of the view opened with this trigger_id, once views.open was answered. */
    public Optional<String> viewOpenedWith(String triggerId) {
        return views.openedWith(triggerId);
    }

    /**
     * Plays Slack's part after a view_submission answer: {@code response_action: update} replaces the view in place
     * (same id, new hash). Other answers leave the stored view alone.
     */
    public void applySubmissionAnswer(String viewId, String answerBody) {
        JsonNode answer = parse(answerBody);
        if ("update".equals(answer.path("response_action").asText())) {
            views.replacedBySubmissionAnswer(viewId, answer.path("view"));
        }
    }

    /**
     * The same for the answer to {@code submitted}, applied as Slack applies it: at once, before any views.update the
     * app sends later. So an update the app already made since the submission (a result finished in the background)
     * stays on top, however late the test gets here.
     */
    public void applySubmissionAnswer(SlackForm submitted, String answerBody) {
        JsonNode answer = parse(answerBody);
        if ("update".equals(answer.path("response_action").asText())) {
            views.replacedBySubmissionAnswer(submitted.view().path("id").asText(),
                    submitted.view().path("hash").asText(), answer.path("view"));
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private void api(Context ctx) throws InterruptedException {
        String method = ctx.pathParam("method");
        Map<String, String> params = FakeSlackParams.read(ctx, json);
        boolean token = params.remove("token") != null || ctx.header("Authorization") != null;
        Instant arrived = Instant.now();
        if (!listeners.isEmpty()) {
            RecordedCall heard = new RecordedCall(method, params, token, arrived);
            listeners.forEach(l -> l.called(heard, ctx.bodyAsBytes().length));
        }
        Duration latency = latencies.get(method);
        if (latency != null) {
            Thread.sleep(latency.toMillis());
        }
        String answer = answer(method, params).toString();
        // Recorded once answered, so a test that saw the call also sees its effect (e.g. the updated view).
        if (keepCalls) {
            calls.add(new RecordedCall(method, params, token, arrived));
        }
        ctx.contentType("application/json; charset=utf-8").result(answer);
    }

    private JsonNode answer(String method, Map<String, String> params) {
        String error = Optional.ofNullable(nextErrors.get(method + " " + params.get("view_id"))).map(Queue::poll)
                .or(() -> Optional.ofNullable(nextErrors.get(method)).map(Queue::poll)).orElse(null);
        if (error != null) {
            return views.error(error);
        }
        String canned = cannedAnswers.get(method);
        if (canned != null) {
            return parse(canned);
        }
        return switch (method) {
            case "auth.test" -> parse("{\"ok\":true,\"url\":\"https://acme-sales.slack.com/\",\"team\":\"Acme Sales\","
                    + "\"user\":\"newdeal\",\"team_id\":\"T0001NEWDL\",\"user_id\":\"U0BOTNEWDL\","
                    + "\"bot_id\":\"B0001NEWDL\",\"is_enterprise_install\":false}");
            case "views.open" -> views.open(parse(params.getOrDefault("view", "{}")), params.get("trigger_id"));
            case "views.update" -> views.update(params.get("view_id"), params.get("hash"),
                    parse(params.getOrDefault("view", "{}")));
            case "chat.postMessage" -> posted(params);
            case "users.info" -> userInfo(params.get("user"));
            default -> views.error("unknown_method");
        };
    }

    private JsonNode posted(Map<String, String> params) {
        if (params.get("channel") == null) {
            return views.error("channel_not_found");
        }
        ObjectNode answer = json.createObjectNode().put("ok", true).put("channel", "D0" + params.get("channel"))
                .put("ts", "1700000000." + String.format("%06d", messages.incrementAndGet()));
        answer.putObject("message").put("text", params.getOrDefault("text", ""));
        return answer;
    }

    private JsonNode userInfo(String userId) {
        String email = userId == null ? null : emails.get(userId);
        if (email == null) {
            return views.error("user_not_found");
        }
        ObjectNode answer = json.createObjectNode().put("ok", true);
        ObjectNode user = answer.putObject("user").put("id", userId).put("team_id", "T0001NEWDL")
                .put("name", email.substring(0, email.indexOf('@'))).put("deleted", false).put("is_bot", false);
        user.putObject("profile").put("email", email).put("real_name", email);
        return answer;
    }

    private void responseUrlPost(Context ctx) {
        int status = responseUrlStatus.get();
        responsePosts.add(new ResponseUrlPost(ctx.path(), parse(ctx.body()), status, Instant.now()));
        ctx.status(status).result(status == 200 ? "ok" : "invalid_token");
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }
}
