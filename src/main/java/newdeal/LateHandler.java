package newdeal;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A handler that the web server can take before the handler itself is built, so that the server starts while the
 * rest of the app does; until then it answers 503, as a starting app does.
 */
final class LateHandler implements Handler {
    private final String whileStarting;
    private final String contentType;
    private volatile Handler target;

    LateHandler(String whileStarting, String contentType) {
        this.whileStarting = whileStarting;
        this.contentType = contentType;
    }

    void set(Handler handler) {
        target = handler;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Handler handler = target;
        if (handler == null) {
            ctx.status(503).contentType(contentType).result(whileStarting);
        } else {
            handler.handle(ctx);
        }
    }
}
