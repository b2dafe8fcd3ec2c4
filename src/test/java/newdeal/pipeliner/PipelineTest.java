package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void keeps_its_steps_in_sort_order_whoever_builds_it_and_equal_ones_in_the_order_given() {
        Pipeline pipeline = new Pipeline("p", "Sales", List.of(step("won", 30), step("lead", 10), step("call", 20),
                step("demo", 20)));

        assertThat(pipeline.steps()).extracting(Step::id).containsExactly("lead", "call", "demo", "won");
    }

    @Test
    void does_not_change_when_the_list_it_was_built_from_changes_and_cannot_be_changed() {
        List<Step> steps = new ArrayList<>(List.of(step("lead", 10)));
        Pipeline pipeline = new Pipeline("p", "Sales", steps);

        steps.add(step("won", 30));

        assertThat(pipeline.steps()).extracting(Step::id).containsExactly("lead");
        assertThatThrownBy(() -> pipeline.steps().add(step("x", 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Step step(String id, int sortOrder) {
        return new Step(id, id, 0, sortOrder, "p");
    }
}
