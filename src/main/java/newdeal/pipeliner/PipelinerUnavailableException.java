package newdeal.pipeliner;

/**
 * Pipeliner could not be reached or kept failing temporarily (network failure, timeout, the deadline, 429 or 5xx
 * after the retries). For a create it means the outcome is unknown only if {@link #mayHaveReachedPipeliner()} says so.
 */
public final class PipelinerUnavailableException extends PipelinerException {
    private final boolean mayHaveReachedPipeliner;

    public PipelinerUnavailableException(String message, Throwable cause, boolean mayHaveReachedPipeliner) {
        super(message, cause);
        this.mayHaveReachedPipeliner = mayHaveReachedPipeliner;
    }

    public boolean mayHaveReachedPipeliner() { return mayHaveReachedPipeliner; }
}
