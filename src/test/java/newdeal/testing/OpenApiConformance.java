package newdeal.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks Pipeliner traffic against Pipeliner's official OpenAPI description ({@code ../shared/pipeliner/openapi.json},
 * or the file named by env {@code PIPELINER_OPENAPI}). Add {@link #interceptor()} to an OkHttpClient: every request
 * it sends and every response it receives is validated, and {@link #assertNoViolations()} fails the test on any
 * error. Only the spec's known quirks are downgraded ({@link SpecPatches}, {@link SpecQuirks}).
 * <p>Without the spec file the checks are skipped with a message saying so ({@link #isEnabled()} is false); a test
 * that is only about conformance calls {@link #assumeSpecAvailable()} to be skipped instead.
 */
public final class OpenApiConformance {
    public static final String SPEC_ENV = "PIPELINER_OPENAPI";
    static final String DEFAULT_SPEC = "../shared/pipeliner/openapi.json";

    private final Optional<OpenApiInteractionValidator> validator;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    private OpenApiConformance(Optional<OpenApiInteractionValidator> validator) {
        this.validator = validator;
    }

    /** Checks traffic to {@code /api/v100/rest/spaces/<spaceId>}; the spec is loaded once per test JVM. */
    public static OpenApiConformance forSpace(String spaceId) {
        return new OpenApiConformance(LoadedSpec.validatorFor(spaceId));
    }

    /** The spec file this JVM uses: env {@value #SPEC_ENV} or {@value #DEFAULT_SPEC}. */
    public static Path specFile() {
        String fromEnv = System.getenv(SPEC_ENV);  // test-only: lets CI point at the spec elsewhere
        return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_SPEC : fromEnv).toAbsolutePath().normalize();
    }

    public static boolean specAvailable() {
        return Files.isReadable(specFile());
    }

    /** Skips the calling test (JUnit assumption) when the spec file is absent, saying where it was looked for. */
    public static void assumeSpecAvailable() {
        Assumptions.assumeTrue(specAvailable(), OpenApiConformance::skipMessage);
    }

    public boolean isEnabled() {
        return validator.isPresent();
    }

    /** Validates each request before it is sent and each response when it arrives, recording every violation. */
    public Interceptor interceptor() {
        return chain -> {
            okhttp3.Response response = chain.proceed(chain.request());
            violations.addAll(check(chain.request(), response));
            return response;
        };
    }

    /**
     * Validates responses only, for tests that send deliberately invalid requests (bad JSON, unknown fields) and
     * check how the server answers them.
     */
    public Interceptor responseInterceptor() {
        return chain -> {
            okhttp3.Response response = chain.proceed(chain.request());
            validator.ifPresent(v -> violations.addAll(checkResponse(v, chain.request(), response)));
            return response;
        };
    }

    /** Validates one exchange without recording it: its errors, empty when it conforms or checks are off. */
    public List<String> check(okhttp3.Request request, okhttp3.Response response) {
        return validator.map(v -> check(v, request, response)).orElse(List.of());
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    public void clear() {
        violations.clear();
    }

    /** Fails with every violation recorded so far, and forgets them, so the next test starts clean. */
    public void assertNoViolations() {
        failOn(takeViolations());
    }

    /**
     * Like {@link #assertNoViolations()}, for the requests only: for tests whose answers come from fixtures (a
     * MockWebServer), which are ours, not Pipeliner's.
     */
    public void assertRequestsConform() {
        failOn(takeViolations().stream().filter(v -> v.contains("[validation.request.")).toList());
    }

    private List<String> takeViolations() {
        synchronized (violations) {
            List<String> found = List.copyOf(violations);
            violations.clear();
            return found;
        }
    }

    private static void failOn(List<String> found) {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " violation(s) of " + specFile() + ":\n" + String.join("\n", found));
        }
    }

    private static List<String> check(OpenApiInteractionValidator v, okhttp3.Request request,
                                      okhttp3.Response response) {
        List<String> problems = new ArrayList<>();
        try {
            ValidationReport report = v.validate(OkHttpExchange.request(request, problems),
                    OkHttpExchange.response(response, problems));
            problems.addAll(errors(report, request, response));
        } catch (IOException e) {
            problems.add(request.method() + " " + request.url() + ": cannot read the response: " + e);
        }
        return problems;
    }

    private static List<String> checkResponse(OpenApiInteractionValidator v, okhttp3.Request request,
                                              okhttp3.Response response) {
        List<String> problems = new ArrayList<>();
        try {
            ValidationReport report = v.validateResponse(request.url().encodedPath(),
                    com.atlassian.oai.validator.model.Request.Method.valueOf(request.method()),
                    OkHttpExchange.response(response, problems));
            problems.addAll(errors(report, request, response));
        } catch (IOException e) {
            problems.add(request.method() + " " + request.url() + ": cannot read the response: " + e);
        }
        return problems;
    }

    private static List<String> errors(ValidationReport report, okhttp3.Request request, okhttp3.Response response) {
        if (!report.hasErrors()) {
            return List.of();
        }
        return report.getMessages().stream().filter(m -> m.getLevel() == Level.ERROR)
                .map(m -> request.method() + " " + request.url().encodedPath() + " → " + response.code() + ": ["
                        + m.getKey() + "] " + m.getMessage())
                .toList();
    }

    static String skipMessage() {
        return "Pipeliner OpenAPI conformance checks skipped: no spec at " + specFile() + " (set " + SPEC_ENV + ")";
    }
}
