package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import newdeal.testing.OpenApiConformance;

/**
 * Violations the client's traffic cannot avoid because Pipeliner's openapi.json contradicts its documented behaviour
 * (../shared/pipeliner/API.md), not (yet) among {@code newdeal.testing.SpecQuirks}. Each is matched as narrowly as
 * the validator's message allows; anything else still fails the test.
 */
final class SpecGaps {
    private static final List<Pattern> GAPS = List.of(
            // value declares base_value, currency_id and value_foreign all required, yet a foreign amount is sent as
            // value_foreign + currency_id and Pipeliner computes base_value from its rates (API.md [C]).
            Pattern.compile("POST \\S+/entities/Opportunities → \\d+: \\[validation\\.request\\.body\\.schema"
                    + "\\.required] \\[Path '/value'] Object has missing required properties \\(\\[\"base_value\"]\\)"));

    private SpecGaps() {
    }

    /** Fails with every violation that is not one of the gaps above, and forgets them all. */
    static void assertNoOtherViolations(OpenApiConformance conformance) {
        assertThat(others(conformance, "")).as("violations of Pipeliner's spec").isEmpty();
    }

    /** Like {@link #assertNoOtherViolations}, for requests only: answers from fixtures are not Pipeliner's. */
    static void assertRequestsConform(OpenApiConformance conformance) {
        assertThat(others(conformance, "[validation.request.")).as("requests violating Pipeliner's spec").isEmpty();
    }

    private static List<String> others(OpenApiConformance conformance, String kind) {
        List<String> others = conformance.violations().stream()
                .filter(v -> v.contains(kind))
                .filter(v -> GAPS.stream().noneMatch(gap -> gap.matcher(v).matches()))
                .toList();
        conformance.clear();
        return others;
    }
}
