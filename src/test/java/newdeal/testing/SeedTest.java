package newdeal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SeedTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private final Seed seed = Seed.load(new ObjectMapper());

    @Test
    void finds_a_user_by_email_ignoring_case_as_pipeliner_does() {
        assertThat(seed.client("TOM.BERGER@NORTHWIND-SALES.EXAMPLE")).matches(UUID)
                .isEqualTo(seed.client("tom.berger@northwind-sales.example"));
    }

    @Test
    void finds_a_step_only_in_its_own_pipeline_and_a_lead_step_only_outside_every_pipeline() {
        assertThat(seed.step("Renewals", "Quote Sent")).matches(UUID);
        assertThat(seed.leadStep("Contacted")).matches(UUID);

        assertThatThrownBy(() -> seed.step("New Business", "Quote Sent")).hasMessageContaining("Quote Sent in New Business");
        assertThatThrownBy(() -> seed.leadStep("Qualification")).hasMessageContaining("lead step Qualification");
    }

    @Test
    void fails_naming_what_it_looked_for_when_no_seeded_row_matches() {
        assertThatThrownBy(() -> seed.contact("Nobody Atall")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Contacts").hasMessageContaining("Nobody Atall").hasMessageContaining("found 0");
    }
}
