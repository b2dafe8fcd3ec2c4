package newdeal.sandbox;

import newdeal.testing.OpenApiConformance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import newdeal.testing.SandboxApi;

/**
 * One sandbox per test class on a free port, two clients for it, and after each test a check that every exchange
 * conformed to Pipeliner's spec. {@link #http()} validates requests and responses; {@link #badRequests()} only
 * responses, for tests that send invalid requests on purpose.
 */
final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final OpenApiConformance conformance = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private Sandbox sandbox;
    private SandboxApi http;
    private SandboxApi badRequests;

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(0);
        http = SandboxApi.over(sandbox, conformance.interceptor());
        badRequests = SandboxApi.over(sandbox, conformance.responseInterceptor());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.faults().clear();
        conformance.assertNoViolations();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.stop();
    }

    Sandbox sandbox() {
        return sandbox;
    }

    SandboxApi http() {
        return http;
    }

    SandboxApi badRequests() {
        return badRequests;
    }

    OpenApiConformance conformance() {
        return conformance;
    }
}
