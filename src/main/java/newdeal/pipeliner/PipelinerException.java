package newdeal.pipeliner;

/** Anything that went wrong talking to Pipeliner. Messages never hold a credential. */
public class PipelinerException extends RuntimeException {
    public PipelinerException(String message, Throwable cause) {
        super(message, cause);
    }

    public PipelinerException(String message) {
        super(message);
    }
}
