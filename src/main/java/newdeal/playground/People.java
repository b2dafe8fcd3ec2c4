package newdeal.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;

/**
 * The Slack members of the playground's workspace. Their emails are chosen against the sandbox's seeded Pipeliner
 * users so that owner preselection can be seen working and failing: one as in Pipeliner, one differing only in case
 * (Pipeliner has {@code Tom.Berger@Northwind-Sales.example}), one Pipeliner does not know.
 */
final class People {
    static final List<Person> ALL = List.of(
            new Person("U0PLAYANNA", "anna.keller", "Anna Keller", "anna.keller@northwind-sales.example",
                    "email as in Pipeliner"),
            new Person("U0PLAYTOM", "tom.berger", "Tom Berger", "tom.berger@northwind-sales.example",
                    "email differs from Pipeliner's only in case"),
            new Person("U0PLAYPRIYA", "priya.natarajan", "Priya Natarajan", "priya.natarajan@northwind-sales.example",
                    "email as in Pipeliner"),
            new Person("U0PLAYROBIN", "robin.guest", "Robin Guest", "robin@guest-agency.example",
                    "not a Pipeliner user"));

    private People() {
    }

    static Optional<Person> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The given member, or the first one when the id is unknown (the page always names one). */
    static Person orFirst(String id) {
        return byId(id).orElse(ALL.get(0));
    }

    static ArrayNode json(ObjectMapper json) {
        ArrayNode list = json.createArrayNode();
        ALL.forEach(p -> list.addObject().put("id", p.id()).put("name", p.realName()).put("email", p.email())
                .put("note", p.note()));
        return list;
    }
}
