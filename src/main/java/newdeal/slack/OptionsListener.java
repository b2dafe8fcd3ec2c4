package newdeal.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.payload.BlockSuggestionPayload;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.pipeliner.AccountContact;
import newdeal.slack.modal.ChoiceInputs;
import newdeal.slack.modal.Labels;
import newdeal.slack.modal.MetadataCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Options loads for the external selects, answered on the request's thread: steps and owners from the catalog in
 * memory, accounts and contacts from {@link Directory}, which answers by its own deadline (from the account index at
 * once, or from Pipeliner on a pool of its own) and never throws. At most 100 options, texts ≤ 75.
 */
final class OptionsListener {
    private static final Logger log = LoggerFactory.getLogger(OptionsListener.class);

    private final Directory directory;
    private final CatalogCache catalogs;
    private final MetadataCodec codec;

    OptionsListener(Directory directory, CatalogCache catalogs, MetadataCodec codec) {
        this.directory = directory;
        this.catalogs = catalogs;
        this.codec = codec;
    }

    Response accounts(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
        String query = query(request);
        return answer(ctx, "account", () -> directory.searchAccounts(query).stream()
                .map(a -> option(Labels.account(a), a.id())));
    }

    /** With an account chosen (known from private_metadata, not the stale view.state): its contacts. */
    Response contacts(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
        String query = query(request);
        String accountId = codec.decode(request.getPayload().getView() == null ? null
                : request.getPayload().getView().getPrivateMetadata()).accountId();
        if (accountId == null) {
            return answer(ctx, "contact", () -> directory.searchContacts(query).stream()
                    .map(c -> option(Labels.contact(c), c.id())));
        }
        return answer(ctx, "contact", () -> directory.contactsOf(accountId, query).stream()
                .map(ac -> option(contactText(ac), ac.contact().id())));
    }

    Response steps(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
        String query = query(request);
        return answer(ctx, "step", () -> catalogs.current().stream().flatMap(c -> c.pipelines().stream())
                .flatMap(p -> p.steps().stream().map(s -> option(p.name() + " › " + Labels.step(s), s.id())))
                .filter(o -> matches(o.getText().getText(), query)));
    }

    Response owners(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
        String query = query(request);
        return answer(ctx, "owner", () -> catalogs.current().stream().flatMap(c -> c.users().stream())
                .filter(u -> matches(Labels.user(u) + " " + u.email(), query))
                .map(u -> option(Labels.user(u), u.id())));
    }

    private Response answer(BlockSuggestionContext ctx, String what, Supplier<Stream<Option>> search) {
        List<Option> options;
        try {
            options = search.get().limit(ChoiceInputs.MAX_OPTIONS).toList();
        } catch (RuntimeException e) {
            log.warn("The {} options load answered empty: {}", what, e.getClass().getSimpleName());
            options = List.of();
        }
        List<Option> answer = options;
        return ctx.ack(r -> r.options(answer));
    }

    private static String contactText(AccountContact ac) {
        String text = Labels.contact(ac.contact());
        return ac.primary() ? Labels.fit("★ " + text) : text;
    }

    private static Option option(String text, String value) {
        return new Option(plainText(Labels.fit(text)), value);
    }

    private static boolean matches(String text, String query) {
        return query.isEmpty() || text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    private static String query(BlockSuggestionRequest request) {
        BlockSuggestionPayload payload = request.getPayload();
        return payload.getValue() == null ? "" : payload.getValue().strip();
    }
}
