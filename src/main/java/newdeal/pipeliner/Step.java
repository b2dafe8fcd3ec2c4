package newdeal.pipeliner;

/** A pipeline step; {@code percent} is its probability (0–100). */
public record Step(String id, String name, int percent, int sortOrder, String pipelineId) {
}
