package newdeal.pipeliner;

import java.util.List;

/** A sales pipeline with its steps, lowest {@code sort_order} first. */
public record Pipeline(String id, String name, List<Step> steps) {
    public Pipeline {
        steps = List.copyOf(steps);
    }
}
