package newdeal.deal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/**
 * Everything the modal needs that changes rarely. Pipelines are kept in name order (ignoring case); each pipeline's
 * steps are in {@code sort_order} as the {@link Pipeline} record keeps them, so the first step of the first pipeline
 * is the form's default.
 */
public record Catalog(List<Pipeline> pipelines, List<Currency> currencies, List<PipelinerUser> users,
                      List<OpportunityType> types, Instant loadedAt) {

    private static final Comparator<Pipeline> BY_NAME = Comparator.comparing(
            (Pipeline p) -> Objects.requireNonNullElse(p.name(), ""), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(p -> Objects.requireNonNullElse(p.id(), ""));

    public Catalog {
        pipelines = pipelines.stream().sorted(BY_NAME).toList();
        currencies = List.copyOf(currencies);
        users = List.copyOf(users);
        types = List.copyOf(types);
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    /** The step with the lowest sort_order of the first pipeline that has steps. */
    public Optional<Step> firstStep() {
        return pipelines.stream().flatMap(p -> p.steps().stream()).findFirst();
    }

    public Optional<Step> step(String id) {
        return allSteps().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The pipeline that holds the step; empty for an unknown step. */
    public Optional<Pipeline> pipelineOf(String stepId) {
        return pipelines.stream()
                .filter(p -> p.steps().stream().anyMatch(s -> s.id().equals(stepId)))
                .findFirst();
    }

    public Optional<Currency> baseCurrency() {
        return currencies.stream().filter(Currency::base).findFirst();
    }

    public Optional<Currency> currency(String id) {
        return currencies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<PipelinerUser> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The opportunity type that belongs to the pipeline, if the space has one. */
    public Optional<OpportunityType> typeFor(String pipelineId) {
        if (pipelineId == null) {
            return Optional.empty();
        }
        return types.stream().filter(t -> pipelineId.equals(t.pipelineId())).findFirst();
    }

    public int stepCount() {
        return pipelines.stream().mapToInt(p -> p.steps().size()).sum();
    }

    private java.util.stream.Stream<Step> allSteps() {
        return pipelines.stream().flatMap(p -> p.steps().stream());
    }
}
