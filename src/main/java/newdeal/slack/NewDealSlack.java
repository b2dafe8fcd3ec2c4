package newdeal.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealService;
import newdeal.deal.Directory;
import newdeal.deal.state.StateStore;
import newdeal.slack.modal.FieldIds;
import newdeal.slack.modal.FormParser;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalStateJson;
import newdeal.slack.modal.ModalStore;

/**
 * The Slack side of new-deal: wires the listeners and registers them on Bolt's {@link App} by method reference.
 * {@code botToken} is for calls made outside a request (background view updates, replies).
 */
public final class NewDealSlack {
    public static final String COMMAND = "/new-deal";

    private final CommandListener command;
    private final OptionsListener options;
    private final ActionListeners actions;
    private final SubmissionListener submission;
    private final FormView forms;
    private final SlackWeb web;

    /**
     * The deal layer, Slack's client, how to turn an opportunity id into its link in Pipeliner, and where the open
     * modals' states are kept.
     */
    public record Parts(CatalogCache catalogs, Directory directory, DealService deals, Slack slack, String botToken,
                        ObjectMapper json, UnaryOperator<String> opportunityUrl, ModalStore modals) {

        /** The same parts with the modals' states kept in this process's memory (one instance). */
        public Parts(CatalogCache catalogs, Directory directory, DealService deals, Slack slack, String botToken,
                     ObjectMapper json, UnaryOperator<String> opportunityUrl) {
            this(catalogs, directory, deals, slack, botToken, json, opportunityUrl, new MemoryModalStore());
        }
    }

    /**
     * {@code background} runs what may block on Pipeliner (catalog waits, owner lookups) and the view
     * updates that follow the rep's actions; {@code finishes} only the ends of submissions (the result's view update
     * and the replies), so that a slow Pipeliner filling {@code background} cannot hold them back.
     */
    public NewDealSlack(Parts parts, Clock clock, ExecutorService background, ExecutorService finishes,
                        SlackTimings timings) {
        this.web = new SlackWeb(parts.slack(), parts.botToken());
        MetadataCodec codec = new MetadataCodec(parts.json());
        this.forms = new FormView(codec);
        Screens screens = new Screens(forms, codec, parts.catalogs());
        OwnerLookup owners = new OwnerLookup(web, parts.catalogs(), parts.directory(), clock);
        LiveViews live = new LiveViews(web, screens, parts.modals());
        FormParser parser = new FormParser();
        ModalFollowUp followUp = new ModalFollowUp(live, screens, parts.catalogs(), owners, background, timings);
        DealReplies replies = new DealReplies(web, parts.catalogs(), parts.opportunityUrl(), finishes);
        this.command = new CommandListener(web, live, screens, parts.catalogs(), owners, followUp, clock);
        this.options = new OptionsListener(parts.directory(), parts.catalogs(), codec);
        this.actions = new ActionListeners(live, screens, parser, codec, parts.catalogs(), owners, followUp,
                background);
        this.submission = new SubmissionListener(parser, codec, parts.deals(),
                new SubmissionAnswers(live, screens, parts.catalogs(), replies),
                new BackgroundFinish(live, screens, replies, finishes, timings.finishSettle()), timings);
    }

    /**
     * The open modals' states kept in the app's shared {@link StateStore} (several instances, with REDIS_URL), for
     * {@link Parts#modals()}; the default keeps them in this process's memory.
     */
    public static ModalStore modalsIn(StateStore store, ObjectMapper json) {
        return new SharedModalStore(store, new ModalStateJson(json));
    }

    /** Loads the classes the first command needs, offline (no Slack, no Pipeliner). */
    public void warmUp() {
        Warmup.run(forms, web);
    }

    public App register(App app) {
        return app.command(COMMAND, command::open)
                .blockSuggestion(FieldIds.ACCOUNT, options::accounts)
                .blockSuggestion(FieldIds.CONTACTS, options::contacts)
                .blockSuggestion(FieldIds.STEP, options::steps)
                .blockSuggestion(FieldIds.OWNER, options::owners)
                .blockAction(FieldIds.ACCOUNT, actions::accountChosen)
                .blockAction(FieldIds.OWNER, actions::ownerChosen)
                .blockAction(FieldIds.RETRY, actions::retry)
                .blockAction(FieldIds.RELOAD, actions::reload)
                .viewSubmission(FieldIds.CALLBACK_ID, submission::submit);
    }
}
