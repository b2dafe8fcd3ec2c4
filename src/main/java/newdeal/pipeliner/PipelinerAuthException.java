package newdeal.pipeliner;

/** Pipeliner refused the API keys (401) or the application lacks a permission (403). */
public final class PipelinerAuthException extends PipelinerApiException {
    public PipelinerAuthException(int status, Integer code, String name, String message) {
        super(status, code, name, message, java.util.Map.of());
    }
}
