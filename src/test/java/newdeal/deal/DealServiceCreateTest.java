package newdeal.deal;

import static newdeal.deal.DealRig.CLOSING;
import static newdeal.deal.DealRig.created;
import static newdeal.deal.DealRig.draft;
import static newdeal.deal.DealRig.withOwner;
import static newdeal.deal.DealRig.CYBERDYNE;
import static newdeal.deal.DealRig.LENA_PAPADOPOULOS;
import static newdeal.deal.DealRig.ZOE_ANDERSSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import newdeal.sandbox.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import newdeal.testing.SandboxApi;

/** What Pipeliner receives and what the rep is told, read back from the sandbox over HTTP. */
class DealServiceCreateTest {
    private final DealRig rig = new DealRig();
    private final SandboxApi sandbox = rig.sandbox;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void creates_the_opportunity_in_the_base_currency_with_the_type_of_the_steps_pipeline() {
        DealDraft draft = draft("Cyberdyne renewal", null);

        DealOutcome outcome = rig.submit("view-1", draft);

        String id = created(outcome).id();
        JsonNode stored = sandbox.opportunity(id);
        assertThat(stored.path("name").asText()).isEqualTo("Cyberdyne renewal");
        assertThat(stored.path("owner_id").asText()).isEqualTo(DealRig.TOM);
        assertThat(stored.path("step_id").asText()).isEqualTo(DealRig.QUOTE_SENT);
        assertThat(stored.path("closing_date").asText()).isEqualTo("2026-06-30");
        assertThat(stored.path("oppty_type_id").asText()).isEqualTo(DealRig.RENEWAL_TYPE);
        assertThat(stored.path("description").asText()).isEqualTo("Two more sites.");
        assertThat(stored.path("value").path("currency_id").asText()).isEqualTo(DealRig.EUR);
        assertThat(stored.path("value").path("base_value").decimalValue()).isEqualByComparingTo("12500.50");
        assertThat(stored.path("value").path("value_foreign").decimalValue()).isEqualByComparingTo("12500.50");
        rig.creates.assertCreatesConform();
    }

    @Test
    void links_the_account_as_primary_and_the_contacts_once_each_with_the_first_chosen_primary() {
        String id = created(rig.submit("view-2", draft("Cyberdyne contacts", null))).id();

        List<JsonNode> accounts = sandbox.relationsOf(id, "LeadOpptyAccountRelations");
        List<JsonNode> contacts = sandbox.relationsOf(id, "LeadOpptyContactRelations");

        assertThat(accounts).extracting(r -> r.path("account_id").asText() + " " + r.path("is_primary").asBoolean())
                .containsExactly(CYBERDYNE + " true");
        assertThat(contacts).extracting(r -> r.path("contact_id").asText() + " " + r.path("is_primary").asBoolean())
                .containsExactlyInAnyOrder(LENA_PAPADOPOULOS + " true", ZOE_ANDERSSON + " false");
        rig.creates.assertCreatesConform();
    }

    @Test
    void leaves_out_the_type_when_the_steps_pipeline_has_none() {
        DealDraft partner = new DealDraft("Cyberdyne partner deal", CYBERDYNE, List.of(),
                DealRig.PARTNER_JOINT_PITCH, BigDecimal.TEN, null, CLOSING, DealRig.ANNA, null);

        String id = created(rig.submit("view-4", partner)).id();

        assertThat(sandbox.opportunity(id).path("oppty_type_id").isNull()).isTrue();
        assertThat(sandbox.relationsOf(id, "LeadOpptyContactRelations")).isEmpty();
        rig.creates.assertCreatesConform();
    }

    @Test
    void shows_pipeliners_field_errors_on_the_inputs_when_it_refuses_the_deal() {
        DealDraft unknownOwner = withOwner(draft("Cyberdyne refused", null), "00000000-0000-4000-8000-000000000000");

        DealOutcome outcome = rig.submit("view-5", unknownOwner);

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Rejected.class, r -> {
            assertThat(r.fieldErrors()).containsOnlyKeys(DealField.OWNER);
            assertThat(r.fieldErrors().get(DealField.OWNER)).contains("00000000-0000-4000-8000-000000000000");
            assertThat(r.message()).endsWith("Nothing was created in Pipeliner.");
        });
        assertThat(sandbox.opportunitiesNamed("Cyberdyne refused")).isEmpty();
    }

    @Test
    void refuses_an_invalid_draft_without_sending_anything() {
        DealDraft invalid = new DealDraft(" ", CYBERDYNE, List.of(), DealRig.QUOTE_SENT,
                new BigDecimal("-1"), null, CLOSING, DealRig.TOM, null);

        DealOutcome outcome = rig.submit("view-6", invalid);

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Rejected.class, r -> assertThat(r.fieldErrors())
                .containsOnlyKeys(DealField.NAME, DealField.VALUE));
        assertThat(rig.pipeliner.calls("createOpportunity")).isZero();
    }

    @Test
    void validates_without_calling_pipeliner() {
        int before = rig.pipeliner.total();

        Map<DealField, String> ok = rig.service.validate(draft("Fine", null));
        Map<DealField, String> bad = rig.service.validate(withOwner(draft("Fine", "no-such-currency"), null));

        assertThat(ok).isEmpty();
        assertThat(bad).containsOnlyKeys(DealField.CURRENCY, DealField.OWNER);
        assertThat(rig.pipeliner.total()).isEqualTo(before);
    }

    @Test
    void says_nothing_was_created_when_pipeliner_keeps_turning_the_create_away() {
        sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(429));

        DealOutcome outcome = rig.submit("view-7", draft("Cyberdyne turned away", null));

        assertThat(outcome).isEqualTo(new DealOutcome.Failed(
                "Pipeliner is not available right now. Nothing was created in Pipeliner. Try again in a moment.",
                true));
        assertThat(sandbox.opportunitiesNamed("Cyberdyne turned away")).isEmpty();
    }

    @Test
    void says_nothing_was_created_when_pipeliner_keeps_answering_503_to_the_create() {
        // Each 503 is followed by a look for the opportunity; when every look finds nothing, nothing was created.
        sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(503));

        DealOutcome outcome = rig.submit("view-8", draft("Cyberdyne unavailable", null));

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Failed.class, f -> {
            assertThat(f.nothingCreated()).isTrue();
            assertThat(f.message()).contains("Nothing was created in Pipeliner.");
        });
        assertThat(sandbox.opportunitiesNamed("Cyberdyne unavailable")).isEmpty();
    }

    @Test
    void tells_the_rep_to_ask_the_admin_when_pipeliner_refuses_the_apps_access() {
        sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(401));

        DealOutcome outcome = rig.submit("view-9", draft("Cyberdyne locked out", null));

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Failed.class, f -> {
            assertThat(f.nothingCreated()).isTrue();
            assertThat(f.message()).contains("refused the app's access", "admin", "Nothing was created in Pipeliner.");
        });
    }

    @Test
    void says_nothing_was_created_when_the_app_is_shutting_down() {
        rig.executor.shutdown();

        DealOutcome outcome = rig.submit("view-10", draft("Cyberdyne at shutdown", null));

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Failed.class, f -> {
            assertThat(f.nothingCreated()).isTrue();
            assertThat(f.message()).contains("Nothing was created in Pipeliner.");
        });
        assertThat(rig.pipeliner.calls("createOpportunity")).isZero();
    }
}
