package newdeal.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/** The three entity endpoints: list, get by id, and create (Opportunities and Accounts). */
final class EntityHandlers {
    private final Store store;
    private final Shapes shapes;
    private final Renderer renderer;
    private final Lister lister;
    private final OpportunityValidator validator;
    private final OpportunityFactory factory;
    private final AccountValidator accountValidator;
    private final AccountFactory accounts;
    private final ObjectMapper json;

    EntityHandlers(Store store, Shapes shapes, OpportunityFactory factory, AccountFactory accounts, ObjectMapper json) {
        this.store = store;
        this.shapes = shapes;
        this.renderer = new Renderer(store);
        this.lister = new Lister(store, renderer, json);
        this.validator = new OpportunityValidator(store);
        this.factory = factory;
        this.accountValidator = new AccountValidator(store);
        this.accounts = accounts;
        this.json = json;
    }

    void list(Context ctx) throws IOException {
        EntityDef def = Entities.require(ctx.pathParam("entity"));
        ListQuery query = ListQuery.parse(ctx.queryParamMap(), def, shapes.fields(def.name()));
        send(ctx, 200, lister.list(def, query, entitiesUrl(ctx)));
    }

    void get(Context ctx) throws IOException {
        EntityDef def = Entities.require(ctx.pathParam("entity"));
        ListQuery query = ListQuery.parse(ctx.queryParamMap(), def, shapes.fields(def.name()));
        String id = ctx.pathParam("id");
        ObjectNode row = store.require(def.name()).byId(id)
                .filter(r -> query.includeDeleted() || !Table.isDeleted(r))
                .orElseThrow(() -> ApiError.notFound(def.name(), id));
        send(ctx, 200, one(renderer.render(def, row, query.expand(), query.loadOnly(), entitiesUrl(ctx))));
    }

    void create(Context ctx) throws IOException {
        EntityDef def = Entities.require(ctx.pathParam("entity"));
        ObjectNode row;
        if (def.name().equals(Entities.OPPORTUNITIES)) {
            row = factory.create(validator.check(parse(ctx.body())));
        } else if (def.name().equals(AccountFactory.ACCOUNTS)) {
            row = accounts.create(accountValidator.check(parse(ctx.body())));
        } else {
            throw ApiError.notSupported("Creating " + def.name());
        }
        send(ctx, 201, one(renderer.render(def, row, FieldTree.EMPTY, FieldTree.EMPTY, entitiesUrl(ctx))));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.invalidJson();
        }
    }

    private ObjectNode one(ObjectNode data) {
        ObjectNode body = json.createObjectNode().put("success", true);
        body.set("data", data);
        return body;
    }

    private void send(Context ctx, int status, ObjectNode body) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
    }

    /** Relation URIs name the host the client used, as Pipeliner's name its own service URL. */
    private static String entitiesUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + "/api/v100/rest/spaces/" + ctx.pathParam("space") + "/entities";
    }
}
