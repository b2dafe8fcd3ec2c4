package newdeal.deal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import newdeal.pipeliner.Opportunity;

/** How a submit ended. Messages are sentences for the rep. */
public sealed interface DealOutcome {

    /** The opportunity exists. */
    record Created(Opportunity opportunity) implements DealOutcome {}

    /**
     * Pipeliner refused it (e.g. 422); nothing was created. fieldErrors hold Pipeliner's own messages mapped to the
     * form; message is a sentence for the rep that says nothing was created.
     */
    record Rejected(String message, Map<DealField, String> fieldErrors) implements DealOutcome {
        public Rejected {
            EnumMap<DealField, String> copy = new EnumMap<>(DealField.class);
            copy.putAll(fieldErrors);
            fieldErrors = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Anything else (unavailable, timeout, auth). message says whether nothing was created or, after an ambiguous
     * failure, that it may have been.
     */
    record Failed(String message, boolean nothingCreated) implements DealOutcome {}
}
