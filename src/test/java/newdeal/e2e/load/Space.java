package newdeal.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newdeal.sandbox.Sandbox;
import newdeal.sandbox.SandboxAccounts;

/**
 * The Pipeliner space the benchmark runs against: the sandbox's seed plus generated accounts (names like real ones,
 * a fixed random seed, so every run has the same space), and the seeded accounts a rep can pick with a contact to
 * search for.
 */
public final class Space {
    private static final String[] PARTS = {"Nor", "Sud", "West", "Ost", "Alp", "Ber", "Han", "Mar", "Tech", "Data",
        "Bau", "Log", "Med", "Fin", "Agr", "Ener", "Sol", "Vita", "Pro", "Ind", "Tex", "Kraft", "Glas", "Holz"};
    private static final String[] ENDS = {"tec", "data", "werk", "bau", "med", "soft", "net", "plan", "tex", "line"};
    private static final String[] FORMS = {"GmbH", "AG", "Ltd", "Inc.", "S.A.", "B.V.", "& Co. KG", "Group",
        "Holding", "Systems"};
    private static final String[] CITIES = {"Berlin", "Hamburg", "München", "Zürich", "Wien", "London", "Paris",
        "Köln", "Graz", "Lyon"};

    /** A seeded account a rep picks, and the first letters of one of its contacts. */
    public record Pick(String id, String name, String contactPrefix) {
    }

    private final List<String> generated = new ArrayList<>();
    private final List<Pick> picks;

    private Space(List<Pick> picks) {
        this.picks = picks;
    }

    /** Adds {@code accounts} generated accounts to the sandbox. */
    public static Space seed(Sandbox sandbox, int accounts) {
        Space space = new Space(seededPicks());
        Random random = new Random(12);
        List<SandboxAccounts.NewAccount> added = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String name = PARTS[random.nextInt(PARTS.length)] + ENDS[random.nextInt(ENDS.length)]
                    + (random.nextInt(3) == 0 ? " " + PARTS[random.nextInt(PARTS.length)] : "") + " "
                    + FORMS[random.nextInt(FORMS.length)] + " " + (100 + i % 900);
            added.add(new SandboxAccounts.NewAccount(name, "info" + i + "@bench.example",
                    CITIES[random.nextInt(CITIES.length)]));
            space.generated.add(name);
        }
        sandbox.accounts().addAll(added);
        return space;
    }

    public List<Pick> picks() {
        return picks;
    }

    public List<String> generatedNames() {
        return generated;
    }

    /** Live seeded accounts with at least one live contact, in seed order. */
    private static List<Pick> seededPicks() {
        JsonNode seed = read();
        Map<String, String> contactNames = new HashMap<>();
        seed.path("Contacts").forEach(c -> contactNames.put(c.path("id").asText(), c.path("first_name").asText()));
        Map<String, String> firstContact = new HashMap<>();
        seed.path("ContactAccountRelations").forEach(r -> {
            if (!r.path("is_deleted").asBoolean()) {
                firstContact.putIfAbsent(r.path("account_id").asText(), contactNames.get(r.path("contact_id").asText()));
            }
        });
        List<Pick> picks = new ArrayList<>();
        seed.path("Accounts").forEach(a -> {
            String contact = firstContact.get(a.path("id").asText());
            if (!a.path("is_deleted").asBoolean() && contact != null && contact.length() >= 2) {
                picks.add(new Pick(a.path("id").asText(), a.path("name").asText(), contact.substring(0, 2)));
            }
        });
        return picks;
    }

    private static JsonNode read() {
        try (InputStream in = Space.class.getResourceAsStream("/sandbox/seed.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
