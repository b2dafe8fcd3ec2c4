package newdeal.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads and patches the 3.8 MB spec once per test JVM (~3-4 s, on first use: a lazy holder, the one static cache
 * the tests keep); builds one validator per space id.
 */
final class LoadedSpec {
    private static final Optional<OpenAPI> API = load();
    private static final Map<String, Optional<OpenApiInteractionValidator>> VALIDATORS = new ConcurrentHashMap<>();

    static Optional<OpenApiInteractionValidator> validatorFor(String spaceId) {
        return VALIDATORS.computeIfAbsent(spaceId, space -> API.map(api -> OpenApiInteractionValidator
                .createFor(api)
                .withBasePathOverride("/api/v100/rest/spaces/" + space)
                .withWhitelist(SpecQuirks.whitelist())
                .build()));
    }

    private LoadedSpec() {
    }

    private static Optional<OpenAPI> load() {
        if (!OpenApiConformance.specAvailable()) {
            System.err.println(OpenApiConformance.skipMessage());
            return Optional.empty();
        }
        // The validator's own loader with the options createForSpecificationUrl uses, from the file URL (not its
        // content, which takes twice as long), so the loaded model can be patched before the validator is built.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        OpenAPI api = new OpenApiLoader()
                .loadApi(SpecSource.specUrl(OpenApiConformance.specFile().toUri().toString()), List.of(), options);
        SpecPatches.apply(api);
        return Optional.of(api);
    }
}
