package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.pipeliner.PipelinerUser;
import newdeal.slack.modal.OwnerHint;

/**
 * Finds the rep's Pipeliner user: the Slack user's email ({@code users.info}) matched, ignoring case, to the users of
 * the catalog already in memory, or, before the catalog has loaded, through the Directory. Slow (a remote call or
 * two), so it runs after views.open; results are remembered per Slack user, a match for {@link #FOUND_TTL}, a miss
 * in the catalog for {@link #MISS_TTL}, for at most {@link #MAX_REMEMBERED} users (a workspace's reps fit easily).
 */
final class OwnerLookup {
    static final Duration FOUND_TTL = Duration.ofMinutes(10);
    static final Duration MISS_TTL = Duration.ofMinutes(1);
    static final int MAX_REMEMBERED = 10_000;

    /** The outcome: the user when found, and the hint the owner input shows. */
    record Result(Optional<PipelinerUser> user, OwnerHint hint) {
        Optional<String> userId() {
            return user.map(PipelinerUser::id);
        }
    }

    private final SlackWeb slack;
    private final CatalogCache catalogs;
    private final Directory directory;
    private final Cache<String, Result> remembered;

    OwnerLookup(SlackWeb slack, CatalogCache catalogs, Directory directory, Clock clock) {
        this(slack, catalogs, directory, clock, MAX_REMEMBERED);
    }

    OwnerLookup(SlackWeb slack, CatalogCache catalogs, Directory directory, Clock clock, int maxRemembered) {
        this.slack = slack;
        this.catalogs = catalogs;
        this.directory = directory;
        this.remembered = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
                .executor(Runnable::run)
                .maximumSize(maxRemembered)
                .expireAfter(Expiry.<String, Result>creating((user, r) -> r.user().isPresent() ? FOUND_TTL : MISS_TTL))
                .build();
    }

    /** What is known without asking anyone. */
    Optional<Result> known(String slackUserId) {
        return Optional.ofNullable(slackUserId == null ? null : remembered.getIfPresent(slackUserId));
    }

    /** How many users' results are remembered now. */
    long remembered() {
        remembered.cleanUp();
        return remembered.estimatedSize();
    }

    /** Asks Slack and Pipeliner (blocking: call it off the request thread). */
    Result lookUp(String slackUserId) {
        Optional<String> email = slack.email(slackUserId);
        if (email.isEmpty() || email.get().isBlank()) {
            return new Result(Optional.empty(), OwnerHint.noEmail());
        }
        String address = email.get().strip();
        Optional<Catalog> catalog = catalogs.current();
        if (catalog.isPresent()) {
            // In memory, so a Pipeliner outage cannot make the rep look unknown.
            Optional<PipelinerUser> user = catalog.get().users().stream()
                    .filter(u -> u.email() != null && u.email().strip().equalsIgnoreCase(address)).findFirst();
            return remember(slackUserId, new Result(user,
                    user.isPresent() ? OwnerHint.found() : OwnerHint.noMatch(address)));
        }
        Optional<PipelinerUser> user = directory.userByEmail(address);
        if (user.isPresent()) {
            return remember(slackUserId, new Result(user, OwnerHint.found()));
        }
        // The Directory answers empty both for "no such user" and when Pipeliner failed: claim neither, keep nothing.
        return new Result(Optional.empty(), OwnerHint.notFoundNow(address));
    }

    private Result remember(String slackUserId, Result result) {
        remembered.put(slackUserId, result);
        return result;
    }
}
