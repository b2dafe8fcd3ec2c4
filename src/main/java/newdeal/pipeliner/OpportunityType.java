package newdeal.pipeliner;

/** An opportunity type; {@code pipelineId} may be null. */
public record OpportunityType(String id, String name, String pipelineId) {
}
