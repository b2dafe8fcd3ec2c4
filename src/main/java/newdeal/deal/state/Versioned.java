package newdeal.deal.state;

/**
 * A modal's state as stored, with its version: the number of successful writes since it was first written (the
 * first write makes version 1). An absent state counts as version 0.
 */
public record Versioned(long version, String value) {
}
