package newdeal.pipeliner;

import java.util.Comparator;
import java.util.List;

/**
 * A sales pipeline with its steps, lowest {@code sort_order} first. The record itself puts them in that order (a
 * stable sort, so steps with equal sort_order keep the order given): whoever builds a Pipeline, the client or a test,
 * hands out steps in sort_order, and no reader sorts them again.
 */
public record Pipeline(String id, String name, List<Step> steps) {
    private static final Comparator<Step> BY_SORT_ORDER = Comparator.comparingInt(Step::sortOrder);

    public Pipeline {
        steps = steps.stream().sorted(BY_SORT_ORDER).toList();
    }
}
