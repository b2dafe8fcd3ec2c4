package newdeal.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackRequests;

/**
 * Reps filling the deal form at once, as Slack sends what they do: each opens the form, types an account's name a
 * letter at a time (an options load per letter, a pause between letters), and, when told to, picks the account and
 * types one of its contacts' names (options loads that need the account's contacts from Pipeliner).
 */
public final class TypingReps {
    private static final Duration BETWEEN_LETTERS = Duration.ofMillis(120);
    private static final int LETTERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Driver driver;
    private final SlackRequests requests;
    private final FakeSlackApi slack;
    private final List<String> users;
    private final String responseUrl;
    private final AtomicInteger sequence = new AtomicInteger();

    public TypingReps(Driver driver, SlackRequests requests, FakeSlackApi slack, List<String> users,
                      String responseUrl) {
        this.driver = driver;
        this.requests = requests;
        this.slack = slack;
        this.users = users;
        this.responseUrl = responseUrl;
    }

    /** What the options loads came to: answered (with options), empty, failed (no 200), and their latencies. */
    public record Loads(Samples latency, AtomicInteger answered, AtomicInteger empty, AtomicInteger failed) {
        static Loads create() {
            return new Loads(new Samples(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }
    }

    /** What one rep types: an account's name (or a slip of it), and the account to pick with a contact, or null. */
    public record Script(String accountQuery, Space.Pick pick) {
    }

    public record Result(Loads accounts, Loads contacts) {
    }

    public Result run(AppJvm app, List<Script> scripts, int reps) {
        Result result = new Result(Loads.create(), Loads.create());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(reps);
        for (int r = 0; r < reps; r++) {
            int rep = r;
            pool.execute(() -> {
                for (int k; (k = next.getAndIncrement()) < scripts.size(); ) {
                    rep(app, users.get(rep % users.size()), scripts.get(k), result);
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new AssertionError("reps still typing after 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return result;
    }

    /** One rep, one form, each query typed whole, one after the other: the latency of each options load. */
    public Samples searches(AppJvm app, List<String> queries) {
        String viewId = openForm(app, users.get(0));
        Loads loads = Loads.create();
        queries.forEach(query -> load(app, viewId, "account", query, loads));
        return loads.latency();
    }

    private void rep(AppJvm app, String user, Script script, Result result) {
        String viewId = openForm(app, user);
        String query = script.accountQuery();
        for (int letters = 1; letters <= Math.min(LETTERS, query.length()); letters++) {
            load(app, viewId, "account", query.substring(0, letters), result.accounts());
            AppJvm.pause(BETWEEN_LETTERS.toMillis());
        }
        if (script.pick() != null) {
            pick(app, viewId, script.pick());
            for (int letters = 0; letters <= 2; letters++) {
                load(app, viewId, "contacts", script.pick().contactPrefix().substring(0, letters), result.contacts());
                AppJvm.pause(BETWEEN_LETTERS.toMillis());
            }
        }
    }

    private String openForm(AppJvm app, String user) {
        String trigger = "typing-" + sequence.incrementAndGet();
        driver.post(app.eventsUrl(), requests.command(Map.of("trigger_id", trigger, "user_id", user,
                "text", "Typed deal", "response_url", responseUrl)));
        return await(() -> slack.viewOpenedWith(trigger).orElse(null), "no view opened for " + trigger);
    }

    private void load(AppJvm app, String viewId, String field, String query, Loads loads) {
        JsonNode view = slack.view(viewId).orElseThrow();
        Driver.Answer answer = driver.post(app.eventsUrl(), requests.blockSuggestion(view, field, query));
        loads.latency().add(answer.nanos());
        if (answer.status() != 200) {
            loads.failed().incrementAndGet();
        } else if (options(answer.body()) == 0) {
            loads.empty().incrementAndGet();
        } else {
            loads.answered().incrementAndGet();
        }
    }

    /** Picks the account, and waits for the app's views.update that makes the contacts search its contacts. */
    private void pick(AppJvm app, String viewId, Space.Pick pick) {
        SignedRequest chosen = requests.blockActions(SlackForm.of(slack.view(viewId).orElseThrow())
                .option("account", pick.id(), pick.name()), "account");
        driver.post(app.eventsUrl(), chosen);
        await(() -> slack.view(viewId).map(v -> v.path("private_metadata").asText())
                .filter(m -> m.contains(pick.id())).orElse(null), "the account was not taken into the view");
    }

    private static int options(String body) {
        try {
            return JSON.readTree(body).path("options").size();
        } catch (Exception e) {
            return 0;
        }
    }

    private static <T> T await(java.util.function.Supplier<T> value, String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (T found; System.nanoTime() < deadline; AppJvm.pause(2)) {
            if ((found = value.get()) != null) {
                return found;
            }
        }
        throw new AssertionError(failure);
    }

    /** Scripts: each pick's name, then generated names and slips of them (one letter wrong), in turn. */
    public static List<Script> scripts(Space space, int count, boolean withPicks, int offset) {
        List<Script> scripts = new ArrayList<>();
        List<Space.Pick> picks = space.picks();
        List<String> generated = space.generatedNames();
        for (int i = 0; i < count; i++) {
            int k = offset + i;
            Script script = switch (i % 3) {
                case 0 -> new Script(picks.get(k % picks.size()).name(), withPicks ? picks.get(k % picks.size()) : null);
                case 1 -> new Script(generated.isEmpty() ? "Globex" : generated.get(k * 7 % generated.size()), null);
                default -> new Script(slip(generated.isEmpty() ? "Initech" : generated.get(k * 13 % generated.size())),
                        null);
            };
            scripts.add(script);
        }
        return scripts;
    }

    /** The name with its fourth letter doubled: what a fast typist leaves, one typo away. */
    private static String slip(String name) {
        return name.length() < 5 ? name : name.substring(0, 4) + name.charAt(3) + name.substring(4);
    }
}
