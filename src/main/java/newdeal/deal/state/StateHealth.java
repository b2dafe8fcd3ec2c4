package newdeal.deal.state;

/** Which store keeps the shared state ({@code memory} or {@code redis}) and whether it answered just now. */
public record StateHealth(String store, boolean reachable) {
}
