package newdeal.deal;

import newdeal.pipeliner.PipelinerAuthException;

/**
 * Why the lookups the form is filled from could not load, as far as the rep needs to know: the one place a load's
 * exception is classified, so the views read a value and never look inside Pipeliner's exceptions.
 */
public enum LoadFailure {
    /** Pipeliner refused the app's API keys (401) or their permissions (403): only the admin can fix that. */
    KEYS_REFUSED,
    /** Pipeliner did not answer in time, answered with an error or could not be reached: trying later may help. */
    NOT_ANSWERING;

    /** The classification of a failed load, whatever wraps Pipeliner's exception (futures add a layer or two). */
    public static LoadFailure of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof PipelinerAuthException) {
                return KEYS_REFUSED;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return NOT_ANSWERING;
    }
}
