package newdeal.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Quirks of Pipeliner's openapi.json (see the end of ../shared/pipeliner/API.md) fixed in the LOADED spec, never in
 * the file. Declaring what the API really does is both narrower and much faster than whitelisting each resulting
 * message: a 100-row list holds thousands of nulls and timestamps, and every error message costs.
 */
final class SpecPatches {
    /** Pipeliner's date-time with a space (2024-07-09 12:51:48.050073+00:00), or the spec's own form with a T. */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";

    private SpecPatches() {
    }

    static void apply(OpenAPI api) {
        operations(api, SpecPatches::useErrorAsDefaultResponse);
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        operations(api, operation -> responseSchemas(operation, schema -> relaxResponse(schema, seen)));
        Set<Schema<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        api.getComponents().getSchemas().values().forEach(schema -> readListTypeAsArray(schema, visited));
        operations(api, operation -> responseSchemas(operation, schema -> readListTypeAsArray(schema, visited)));
    }

    /**
     * Quirk: only 200/201 and 500 are declared per operation, so a 422 is an "unknown status" and its body goes
     * unchecked. The 500 response (Pipeliner's Error) also becomes the default response.
     */
    private static void useErrorAsDefaultResponse(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses != null && responses.getDefault() == null && responses.get("500") != null) {
            responses.setDefault(responses.get("500"));
        }
    }

    /**
     * Quirk: no field is declared nullable, yet the API returns null for unset fields: every property of a response
     * schema becomes nullable. Quirk: date-times come with a space, the spec's format wants a T: response date-times
     * are checked against {@link #DATE_TIME} instead, which still refuses anything else. Request schemas stay as
     * declared.
     */
    private static void relaxResponse(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                property.setNullable(true);
                if ("date-time".equals(property.getFormat())) {
                    property.setFormat(null);
                    property.setPattern(DATE_TIME);
                }
                relaxResponse(property, seen);
            });
        }
        relaxResponse(schema.getItems(), seen);
    }

    /**
     * Quirk found here, not in API.md's list: OpportunityType declares form_qualify_api and form_won_api with type
     * "list", which is no JSON Schema type, so the validator rejects the whole schema and checks no OpportunityTypes
     * response at all. They are read as arrays, which is what they hold.
     */
    private static void readListTypeAsArray(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if ("list".equals(schema.getType())) {
            schema.setType("array");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> readListTypeAsArray(property, seen));
        }
        readListTypeAsArray(schema.getItems(), seen);
    }

    private static void operations(OpenAPI api, Consumer<Operation> action) {
        api.getPaths().values().forEach(path -> path.readOperations().forEach(action));
    }

    private static void responseSchemas(Operation operation, Consumer<Schema<?>> action) {
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> contentSchemas(response.getContent(), action));
        }
    }

    private static void contentSchemas(Content content, Consumer<Schema<?>> action) {
        if (content != null) {
            content.values().forEach(media -> action.accept(media.getSchema()));
        }
    }
}
