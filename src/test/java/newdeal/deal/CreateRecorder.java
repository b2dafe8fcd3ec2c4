package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps every POST the client sends with its answer, so the create traffic can be checked against Pipeliner's spec
 * after the test, outside the call: checking inside it would spend the caller's deadline on loading the spec.
 */
final class CreateRecorder implements Interceptor {
    private final List<Exchange> posts = Collections.synchronizedList(new ArrayList<>());

    private record Exchange(Request request, Response response) {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (chain.request().method().equals("POST")) {
            Response kept = response.newBuilder().body(response.peekBody(Long.MAX_VALUE)).build();
            posts.add(new Exchange(chain.request(), kept));
        }
        return response;
    }

    /** Fails when no create was sent or any create exchange breaks the spec (skipped without the spec file). */
    void assertCreatesConform() {
        List<Exchange> sent;
        synchronized (posts) {
            sent = List.copyOf(posts);
        }
        assertThat(sent).as("create requests sent").isNotEmpty();
        OpenApiConformance conformance = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
        List<String> violations = sent.stream()
                .flatMap(e -> conformance.check(e.request(), e.response()).stream()).toList();
        assertThat(violations).as("violations of " + OpenApiConformance.specFile()).isEmpty();
    }
}
