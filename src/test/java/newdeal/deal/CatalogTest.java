package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newdeal.pipeliner.Pipeline;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalogs.sample();

    @Test
    void keeps_pipelines_in_name_order_ignoring_case_and_steps_in_sort_order() {
        assertThat(catalog.pipelines()).extracting(Pipeline::name)
                .containsExactly("Archive", "new business", "Renewals");
        assertThat(catalog.pipelines().get(1).steps()).containsExactly(Catalogs.QUALIFY, Catalogs.PROPOSAL);
    }

    @Test
    void first_step_is_the_lowest_sort_order_of_the_first_pipeline_that_has_steps() {
        assertThat(catalog.firstStep()).contains(Catalogs.QUALIFY);
    }

    @Test
    void has_no_first_step_when_no_pipeline_has_steps() {
        Catalog bare = new Catalog(List.of(new Pipeline("p", "P", List.of())), List.of(), List.of(), List.of(),
                Instant.EPOCH);
        assertThat(bare.firstStep()).isEmpty();
        assertThat(bare.stepCount()).isZero();
    }

    @Test
    void finds_steps_and_the_pipeline_that_holds_them() {
        assertThat(catalog.step("st-renew")).contains(Catalogs.RENEW);
        assertThat(catalog.step("st-gone")).isEmpty();
        assertThat(catalog.pipelineOf("st-proposal")).map(Pipeline::id).contains("pl-new");
        assertThat(catalog.pipelineOf("st-gone")).isEmpty();
        assertThat(catalog.stepCount()).isEqualTo(3);
    }

    @Test
    void finds_the_base_currency_and_currencies_by_id() {
        assertThat(catalog.baseCurrency()).contains(Catalogs.EUR);
        assertThat(catalog.currency("cur-usd")).contains(Catalogs.USD);
        assertThat(catalog.currency("cur-gbp")).isEmpty();
    }

    @Test
    void finds_users_by_id_and_the_type_of_a_pipeline_where_one_exists() {
        assertThat(catalog.user("u-anna")).contains(Catalogs.ANNA);
        assertThat(catalog.user("u-nobody")).isEmpty();
        assertThat(catalog.typeFor("pl-renew")).map(t -> t.id()).contains("ty-renew");
        assertThat(catalog.typeFor("pl-new")).isEmpty();
        assertThat(catalog.typeFor(null)).isEmpty();
    }
}
