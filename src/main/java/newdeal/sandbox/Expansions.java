package newdeal.sandbox;

/** Checks an {@code expand=} tree against the relations each entity type has. */
final class Expansions {
    private Expansions() {
    }

    static void check(EntityDef def, FieldTree expand) {
        for (String name : expand.names()) {
            if (!def.isRelation(name)) {
                throw ApiError.invalidParameter("Field '" + name + "' of " + def.name() + " is not a relation: "
                        + "it cannot be expanded.");
            }
            String target = def.toOneNamed(name).map(EntityDef.ToOne::target)
                    .orElseGet(() -> def.toManyNamed(name).orElseThrow().target());
            EntityDef targetDef = Entities.named(target).orElseThrow(() -> ApiError.invalidParameter(
                    "Relation '" + name + "' of " + def.name() + " points to " + target
                            + ", which the sandbox does not serve: it cannot be expanded."));
            check(targetDef, expand.child(name).orElse(FieldTree.EMPTY));
        }
    }
}
