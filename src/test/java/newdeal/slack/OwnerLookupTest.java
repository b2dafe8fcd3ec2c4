package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.slack.modal.OwnerHint;
import newdeal.slack.modal.Samples;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rep's Pipeliner user, found through the Slack email (the fake Slack answers users.info). */
class OwnerLookupTest {
    private static final Catalog NOBODY = new Catalog(List.of(), List.of(Samples.EUR), List.of(), List.of(),
            Instant.EPOCH);
    private final FakeSlackApi slack = FakeSlackApi.start().user("U1", "ANNA@Example.test");
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Clock clock = Clock.systemUTC();

    @AfterEach
    void stop() {
        slack.close();
        scheduler.shutdownNow();
    }

    @Test
    void matches_the_slack_email_to_the_catalogs_users_ignoring_case_without_asking_pipeliner() {
        CatalogCache loaded = catalogs(Samples.catalog(Samples.EUR));
        loaded.start();
        loaded.ready().join();
        // A Directory that knows nobody: only the catalog can find Anna.
        OwnerLookup owners = new OwnerLookup(web(), loaded, directory(NOBODY), clock);

        OwnerLookup.Result result = owners.lookUp("U1");

        assertThat(result.user()).contains(Samples.ANNA);
        assertThat(result.hint()).isEqualTo(OwnerHint.found());
        assertThat(owners.known("U1")).contains(result);
    }

    @Test
    void does_not_claim_there_is_no_such_user_when_only_pipeliner_could_be_asked_and_remembers_nothing() {
        OwnerLookup owners = new OwnerLookup(web(), catalogs(Samples.catalog(Samples.EUR)), directory(NOBODY), clock);

        OwnerLookup.Result result = owners.lookUp("U1");

        assertThat(result.user()).isEmpty();
        assertThat(result.hint().text()).contains("ANNA@Example.test").doesNotContain("No Pipeliner user");
        assertThat(owners.known("U1")).isEmpty();
    }

    /** Not started: current() stays empty until start() loads it. */
    private CatalogCache catalogs(Catalog catalog) {
        return new CatalogCache(new ListedPipeliner(catalog, List.of()), clock, scheduler, Duration.ofMinutes(10),
                Duration.ofSeconds(1));
    }

    @Test
    void remembers_a_match_for_ten_minutes_and_a_miss_for_one() {
        MutableClock later = new MutableClock();
        slack.user("U2", "nobody@example.test");
        CatalogCache loaded = catalogs(Samples.catalog(Samples.EUR));
        loaded.start();
        loaded.ready().join();
        OwnerLookup owners = new OwnerLookup(web(), loaded, directory(NOBODY), later);
        owners.lookUp("U1");
        owners.lookUp("U2");

        later.advance(OwnerLookup.MISS_TTL.plusSeconds(1));
        assertThat(owners.known("U2")).as("the miss is forgotten").isEmpty();
        assertThat(owners.known("U1")).as("the match is still known").isPresent();
        later.advance(OwnerLookup.FOUND_TTL);
        assertThat(owners.known("U1")).isEmpty();
    }

    @Test
    void remembers_at_most_the_number_of_users_it_was_given() {
        CatalogCache loaded = catalogs(Samples.catalog(Samples.EUR));
        loaded.start();
        loaded.ready().join();
        OwnerLookup owners = new OwnerLookup(web(), loaded, directory(NOBODY), clock, 3);

        for (int i = 0; i < 10; i++) {
            slack.user("U-many-" + i, "rep" + i + "@example.test");
            owners.lookUp("U-many-" + i);
        }

        assertThat(owners.remembered()).isEqualTo(3);
    }

    private Directory directory(Catalog catalog) {
        return new Directory(new ListedPipeliner(catalog, List.of()), clock, Duration.ofMillis(500));
    }

    private SlackWeb web() {
        return LiveViewsTest.web(slack);
    }
}
