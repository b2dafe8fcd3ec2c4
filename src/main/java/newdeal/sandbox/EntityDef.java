package newdeal.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * How one entity type renders its relations. A to-one relation travels twice: the id ({@code owner_id}) and a URI
 * ({@code owner}) unless expanded. A to-many relation lists URIs of the related rows, or, where the spec declares
 * inline items (a pipeline's steps), those rows cut down to {@code inlineFields}.
 */
record EntityDef(String name, String displayName, List<ToOne> toOne, List<ToMany> toMany) {
    EntityDef {
        toOne = List.copyOf(toOne);
        toMany = List.copyOf(toMany);
    }

    /** {@code idField} may be hidden (starting with {@code _}) when the spec has no id field for the relation. */
    record ToOne(String field, String idField, String target) {
    }

    record ToMany(String field, String target, String foreignKey, List<String> inlineFields) {
        ToMany {
            inlineFields = List.copyOf(inlineFields);
        }
    }

    boolean isRelation(String field) {
        return toOneNamed(field).isPresent() || toManyNamed(field).isPresent();
    }

    Optional<ToOne> toOneNamed(String field) {
        return toOne.stream().filter(r -> r.field().equals(field)).findFirst();
    }

    Optional<ToMany> toManyNamed(String field) {
        return toMany.stream().filter(r -> r.field().equals(field)).findFirst();
    }
}
