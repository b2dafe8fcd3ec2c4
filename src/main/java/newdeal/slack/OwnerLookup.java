package newdeal.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newdeal.deal.Directory;
import newdeal.pipeliner.PipelinerUser;

/**
 * Finds the rep's Pipeliner user: the Slack user's email ({@code users.info}) matched to Pipeliner's users by the
 * Directory. Slow (two remote calls), so it runs after views.open; results are remembered per Slack user, a match
 * for {@link #FOUND_TTL}, a miss for {@link #MISS_TTL}.
 */
final class OwnerLookup {
    static final Duration FOUND_TTL = Duration.ofMinutes(10);
    static final Duration MISS_TTL = Duration.ofMinutes(1);

    /** The outcome: the user when found, and the hint the owner input shows. */
    record Result(Optional<PipelinerUser> user, OwnerHint hint) {
    }

    private record Remembered(Result result, Instant until) {
    }

    private final SlackWeb slack;
    private final Directory directory;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    OwnerLookup(SlackWeb slack, Directory directory, Clock clock) {
        this.slack = slack;
        this.directory = directory;
        this.clock = clock;
    }

    /** What is known without asking anyone. */
    Optional<Result> known(String slackUserId) {
        Remembered r = slackUserId == null ? null : remembered.get(slackUserId);
        if (r == null || r.until().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(r.result());
    }

    /** Asks Slack and Pipeliner (blocking: call it off the request thread). */
    Result lookUp(String slackUserId) {
        Optional<String> email = slack.email(slackUserId);
        if (email.isEmpty() || email.get().isBlank()) {
            return new Result(Optional.empty(), OwnerHint.noEmail());
        }
        Optional<PipelinerUser> user = directory.userByEmail(email.get());
        Result result = new Result(user, user.isPresent() ? OwnerHint.found() : OwnerHint.noMatch(email.get()));
        remembered.put(slackUserId, new Remembered(result, clock.instant().plus(user.isPresent() ? FOUND_TTL : MISS_TTL)));
        return result;
    }
}
