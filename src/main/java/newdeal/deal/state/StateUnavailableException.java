package newdeal.deal.state;

/**
 * The state store could not answer in time (unreachable, refused, too slow). Nothing was changed that the caller can
 * rely on: a submission should tell the rep that nothing was created and keep the form. The message names the store
 * and the operation, never a password.
 */
public final class StateUnavailableException extends RuntimeException {
    public StateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
