package newdeal.e2e.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;

/**
 * When each views.open reached the fake Slack, by trigger_id (taken on arrival, with the body read), and how big the
 * first views.open body of each app was. Trigger ids start with the app's name and a dash.
 */
public final class Arrivals implements FakeSlackApi.Listener {
    private final Map<String, Long> openedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> bodyBytes = new ConcurrentHashMap<>();

    @Override
    public void called(RecordedCall call, int bytes) {
        if (!"views.open".equals(call.method())) {
            return;
        }
        long now = System.nanoTime();
        String trigger = call.param("trigger_id");
        if (trigger != null && trigger.indexOf('-') > 0) {
            openedAt.put(trigger, now);
            bodyBytes.putIfAbsent(trigger.substring(0, trigger.indexOf('-')), bytes);
        }
    }

    /** When views.open with this trigger arrived (System.nanoTime), forgotten once read; null if it has not. */
    Long take(String trigger) {
        return openedAt.remove(trigger);
    }

    /** The size of the first views.open body of {@code app}, in bytes. */
    public int bodyBytes(String app) {
        return bodyBytes.getOrDefault(app, 0);
    }
}
