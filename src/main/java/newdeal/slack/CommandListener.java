package newdeal.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.slack.modal.FormValues;
import newdeal.slack.modal.ModalState;

/**
 * {@code /new-deal [name]}: opens the modal at once from what is already in memory — the cached catalog and, if
 * known, the rep's Pipeliner user — since Slack's trigger expires in about 3 seconds. Everything slower happens
 * after views.open ({@link ModalFollowUp}).
 */
final class CommandListener {
    static final int DEFAULT_CLOSING_DAYS = 30;

    private final SlackWeb slack;
    private final LiveViews live;
    private final Screens screens;
    private final CatalogCache catalogs;
    private final OwnerLookup owners;
    private final ModalFollowUp followUp;
    private final Clock clock;

    CommandListener(SlackWeb slack, LiveViews live, Screens screens, CatalogCache catalogs, OwnerLookup owners,
                    ModalFollowUp followUp, Clock clock) {
        this.slack = slack;
        this.live = live;
        this.screens = screens;
        this.catalogs = catalogs;
        this.owners = owners;
        this.followUp = followUp;
        this.clock = clock;
    }

    Response open(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        ModalState asked = ModalState.forCommand(command.getUserId(), command.getChannelId(),
                command.getResponseUrl(), FormValues.fresh(command.getText(),
                        LocalDate.now(clock).plusDays(DEFAULT_CLOSING_DAYS)));
        Optional<Catalog> catalog = catalogs.current();
        ModalState shown = catalog.isPresent() ? withKnownOwner(asked).showingForm() : asked.showingStatus();
        View first = catalog.map(c -> screens.form(c, shown)).orElseGet(() -> screens.cold(shown));
        SlackWeb.Opening opening = slack.open(command.getTriggerId(), first);
        Optional<SlackWeb.OpenedView> opened = opening.view();
        if (opened.isEmpty()) {
            return ctx.ack(cannotOpen(opening.error()));
        }
        live.opened(opened.get().id(), opened.get().hash(), shown);
        followUp.afterOpen(opened.get(), shown);
        return ctx.ack();
    }

    /**
     * An expired trigger or an unreachable Slack is cured by typing the command again; other refusals name Slack's
     * reason.
     */
    static String cannotOpen(String error) {
        if ("expired_trigger_id".equals(error)) {
            return "Slack did not let new-deal open the form in time. Please type /new-deal again.";
        }
        if (SlackWeb.UNREACHABLE.equals(error)) {
            return "new-deal could not reach Slack in time to open the deal form. Nothing was sent to Pipeliner. Please"
                    + " type /new-deal again.";
        }
        return "Slack refused to open the deal form (Slack's error: " + error + "). Nothing was sent to Pipeliner.";
    }

    private ModalState withKnownOwner(ModalState asked) {
        Optional<OwnerLookup.Result> known = owners.known(asked.userId());
        if (known.isEmpty()) {
            return asked;
        }
        return asked.ownerKnown(known.get().userId().orElse(null), known.get().hint());
    }
}
