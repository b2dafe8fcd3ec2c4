package newdeal.deal;

import java.util.ArrayList;
import java.util.List;
import newdeal.pipeliner.PipelinerApiException;
import newdeal.pipeliner.PipelinerAuthException;
import newdeal.pipeliner.PipelinerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns whatever a create threw into the outcome the rep sees: one place for these sentences. */
final class FailedCreates {
    static final String NOTHING_CREATED = "Nothing was created in Pipeliner.";
    private static final Logger log = LoggerFactory.getLogger(FailedCreates.class);

    private FailedCreates() {
    }

    /**
     * {@code handedToClient} tells whether the create reached the client at all; an IllegalArgumentException from the
     * client means it refused the opportunity before any request existed.
     */
    static DealOutcome outcomeOf(Throwable failure, boolean handedToClient) {
        if (failure instanceof PipelinerAuthException auth) {
            return accessRefused(auth);
        }
        if (failure instanceof PipelinerApiException api && api.status() >= 400 && api.status() < 500) {
            log.info("Pipeliner refused the opportunity: {} fields {}", FailureText.describe(api),
                    api.fieldErrors().keySet());
            return rejected(api);
        }
        if (failure instanceof PipelinerUnavailableException down) {
            log.warn("Pipeliner unavailable on create: {}", FailureText.describe(down));
            return down.mayHaveReachedPipeliner() ? mayExist("Pipeliner did not confirm the deal")
                    : new DealOutcome.Failed("Pipeliner is not available right now. " + NOTHING_CREATED
                            + " Try again in a moment.", true);
        }
        if (failure instanceof PipelinerApiException api) {
            return otherAnswer(api);
        }
        return unexpected(failure, handedToClient);
    }

    /**
     * The look-up after an ambiguous create found an opportunity that, by the time it was found, another submission
     * had created: this submission's own create may or may not have been stored.
     */
    static DealOutcome.Failed takenMeanwhile(String opportunityId) {
        log.warn("The opportunity {} found for a submission is another submission's", opportunityId);
        return mayExist("Pipeliner did not confirm the deal");
    }

    /** When the create ended without telling how. */
    static DealOutcome.Failed unknown() {
        return mayExist("Something unexpected went wrong while creating the deal");
    }

    private static DealOutcome.Failed accessRefused(PipelinerAuthException auth) {
        log.warn("Pipeliner refused the app's access on create: {}", FailureText.describe(auth));
        return new DealOutcome.Failed("Pipeliner refused the app's access (HTTP " + auth.status() + "). Ask your "
                + "admin to check the app's Pipeliner API keys and permissions. " + NOTHING_CREATED, true);
    }

    /** A 5xx may come after Pipeliner stored the deal; any other status (a redirect, say) means it did nothing. */
    private static DealOutcome.Failed otherAnswer(PipelinerApiException api) {
        log.warn("Pipeliner failed on create: {}", FailureText.describe(api));
        if (api.status() >= 500) {
            return mayExist("Pipeliner answered with an error (HTTP " + api.status() + ")");
        }
        return new DealOutcome.Failed("Pipeliner gave an unexpected answer (HTTP " + api.status() + "). "
                + NOTHING_CREATED + " Ask your admin to check the app's Pipeliner settings.", true);
    }

    private static DealOutcome.Failed unexpected(Throwable failure, boolean sent) {
        if (failure instanceof IllegalArgumentException refused) {
            // The client refuses a body it knows Pipeliner would not take before sending a byte.
            log.error("The opportunity was refused before sending: {}", refused.getMessage());
            return new DealOutcome.Failed("The deal could not be sent to Pipeliner. " + NOTHING_CREATED, true);
        }
        log.error("Unexpected failure while creating an opportunity", failure);
        return sent ? mayExist("Something unexpected went wrong while creating the deal")
                : new DealOutcome.Failed("Something unexpected went wrong before the deal was sent. "
                        + NOTHING_CREATED, true);
    }

    private static DealOutcome.Rejected rejected(PipelinerApiException api) {
        PipelinerFieldErrors.Mapped mapped = PipelinerFieldErrors.map(api.fieldErrors());
        List<String> general = new ArrayList<>(mapped.unmapped());
        if (mapped.fields().isEmpty() && general.isEmpty() && api.getMessage() != null && !api.getMessage().isBlank()) {
            general.add(api.getMessage().strip());
        }
        String reason = general.isEmpty() ? "Pipeliner did not accept some of the fields below."
                : "Pipeliner did not accept the deal: " + String.join("; ", general)
                        + (mapped.fields().isEmpty() ? "" : " (and some of the fields below)");
        return new DealOutcome.Rejected(withFullStop(reason) + " " + NOTHING_CREATED, mapped.fields());
    }

    private static DealOutcome.Failed mayExist(String what) {
        return new DealOutcome.Failed(what + ", so the deal may or may not have been created. Check Pipeliner "
                + "before you try again.", false);
    }

    private static String withFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
