package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the rep typed, per view id, kept for an hour so "Try again" can bring the form back exactly as typed after
 * a background failure (a view with no inputs has nowhere else to keep it: private_metadata holds 3000 characters).
 */
final class TypedForms {
    /** The form as typed, the metadata that went with it, and what to tell the rep above it when it comes back. */
    record Typed(FormValues values, ModalMetadata metadata, List<String> notices) {
        Typed {
            notices = List.copyOf(notices);
        }
    }

    private final Cache<String, Typed> byViewId = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    void remember(String viewId, FormValues values, ModalMetadata metadata) {
        byViewId.put(viewId, new Typed(values, metadata, List.of()));
    }

    void addNotices(String viewId, List<String> notices) {
        byViewId.asMap().computeIfPresent(viewId, (id, t) -> new Typed(t.values(), t.metadata(), notices));
    }

    Optional<Typed> find(String viewId) {
        return Optional.ofNullable(viewId == null ? null : byViewId.getIfPresent(viewId));
    }
}
