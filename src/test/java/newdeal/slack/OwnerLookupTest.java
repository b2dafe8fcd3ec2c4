package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.testing.FakeSlackApi;
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

    private Directory directory(Catalog catalog) {
        return new Directory(new ListedPipeliner(catalog, List.of()), clock, Duration.ofMillis(500));
    }

    private SlackWeb web() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        return new SlackWeb(client, "xoxb-owner-lookup-test");
    }
}
