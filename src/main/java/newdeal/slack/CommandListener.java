package newdeal.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;

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
    private final TypedForms typed;
    private final Clock clock;

    CommandListener(SlackWeb slack, LiveViews live, Screens screens, CatalogCache catalogs, OwnerLookup owners,
                    ModalFollowUp followUp, TypedForms typed, Clock clock) {
        this.slack = slack;
        this.live = live;
        this.screens = screens;
        this.catalogs = catalogs;
        this.owners = owners;
        this.followUp = followUp;
        this.typed = typed;
        this.clock = clock;
    }

    Response open(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        ModalMetadata metadata = ModalMetadata.forCommand(command.getChannelId(), command.getResponseUrl(),
                command.getUserId());
        FormValues values = FormValues.fresh(command.getText(),
                LocalDate.now(clock).plusDays(DEFAULT_CLOSING_DAYS));
        Optional<Catalog> catalog = catalogs.current();
        Optional<FormModel> form = catalog.map(c -> form(c, values, metadata));
        View first = form.map(screens::form).orElseGet(() -> screens.cold(metadata));
        SlackWeb.Opening opening = slack.open(command.getTriggerId(), first);
        Optional<SlackWeb.OpenedView> opened = opening.view();
        if (opened.isEmpty()) {
            return ctx.ack(cannotOpen(opening.error()));
        }
        live.opened(opened.get().id(), opened.get().hash(), form.orElse(null));
        typed.remember(opened.get().id(), values, metadata);
        followUp.afterOpen(opened.get(), values, metadata, catalog.isPresent());
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

    private FormModel form(Catalog catalog, FormValues values, ModalMetadata metadata) {
        Optional<OwnerLookup.Result> known = owners.known(metadata.userId());
        FormValues shown = known.flatMap(OwnerLookup.Result::user).map(u -> values.withOwner(u.id())).orElse(values);
        OwnerHint hint = known.map(OwnerLookup.Result::hint).orElseGet(OwnerHint::lookingUp);
        return new FormModel(catalog, shown, hint, metadata, List.of());
    }
}
