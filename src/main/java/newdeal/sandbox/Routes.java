package newdeal.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sandbox's URL map: Pipeliner's entity paths, and framework-shaped answers for anything else. */
final class Routes {
    static final String ENTITIES = "/api/v100/rest/spaces/{space}/entities/{entity}";
    static final String ENTITY = ENTITIES + "/{id}";
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    private Routes() {
    }

    static void register(Javalin app, EntityHandlers handlers, Guard guard, ObjectMapper json) {
        app.get(ENTITIES, guard.wrap(handlers::list));
        app.post(ENTITIES, guard.wrap(handlers::create));
        app.get(ENTITY, guard.wrap(handlers::get));
        for (HandlerType method : List.of(HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
            app.addHttpHandler(method, ENTITIES, guard.wrap(ctx -> {
                throw ApiError.notSupported(method + " on a list");
            }));
            app.addHttpHandler(method, ENTITY, guard.wrap(ctx -> {
                throw ApiError.notSupported(method + " of one " + ctx.pathParam("entity") + " row");
            }));
        }
        // Paths Pipeliner does not know get its web framework's body, not the API's error shape (API.md, "Errors").
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).contentType("application/json")
                .result(frameworkError(json, e.getStatus(), e.getMessage()).toString()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("sandbox failed on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).contentType("application/json")
                    .result(ApiError.internal("The sandbox failed: " + e).body(json).toString());
        });
    }

    private static ObjectNode frameworkError(ObjectMapper json, int status, String message) {
        return json.createObjectNode().put("status", status).put("message", message).putNull("errorcode")
                .putNull("traceback");
    }
}
