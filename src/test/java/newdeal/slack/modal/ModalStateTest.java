package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The precedence between what Slack sends and what the app remembers: one test per rule of {@link ModalState}. */
class ModalStateTest {
    private static final Choice GLOBEX = new Choice("acc-globex", "Globex · Berlin");
    private static final Choice INITECH = new Choice("acc-initech", "Initech");
    private final ModalState shown = Samples.state(Samples.fresh("Deal"));

    private static FormValues typed(String name, Choice account, String ownerId) {
        return new FormValues(name, account, List.of(new Choice("c-1", "Al")), "s-prop", "12.50", "cur-usd",
                LocalDate.of(2031, 5, 6), ownerId, "Notes");
    }

    @Test
    void rule_1_the_inputs_slack_sends_win_over_what_the_app_remembers() {
        ModalState remembered = shown.accountChosen(GLOBEX, typed("Old name", GLOBEX, null));

        ModalState chosen = remembered.accountChosen(GLOBEX, typed("Typed since", GLOBEX, null));
        ModalState submitted = remembered.submitted(typed("Typed at submit", GLOBEX, null));

        assertThat(chosen.values().name()).isEqualTo("Typed since");
        assertThat(chosen.values().valueText()).isEqualTo("12.50");
        assertThat(submitted.values()).isEqualTo(typed("Typed at submit", GLOBEX, null));
    }

    @Test
    void rule_2_the_account_an_action_picked_wins_and_a_submission_without_one_keeps_the_carried_one() {
        ModalState carried = shown.accountChosen(GLOBEX, typed("Deal", null, null));

        ModalState picked = carried.accountChosen(INITECH, typed("Deal", GLOBEX, null));
        ModalState withoutAccount = carried.submitted(typed("Deal", null, null));
        ModalState withAccount = carried.submitted(typed("Deal", INITECH, null));

        assertThat(picked.account()).isEqualTo(INITECH);
        assertThat(picked.values().contacts()).as("the contacts of the old account go").isEmpty();
        assertThat(withoutAccount.account()).isEqualTo(GLOBEX);
        assertThat(withoutAccount.values().contacts()).as("the typed contacts stay").hasSize(1);
        assertThat(withAccount.account()).isEqualTo(INITECH);
    }

    @Test
    void rule_3_an_owner_slack_does_not_report_is_the_remembered_one_and_one_the_app_did_not_preselect_was_picked() {
        ModalState preselected = shown.ownerFound(Optional.of("user-anna"), OwnerHint.found()).orElseThrow();

        ModalState unreported = preselected.accountChosen(GLOBEX, typed("Deal", null, null));
        ModalState sameAsPreselected = preselected.accountChosen(GLOBEX, typed("Deal", null, "user-anna"));
        ModalState changedInSlack = preselected.accountChosen(GLOBEX, typed("Deal", null, "user-tom"));

        assertThat(unreported.values().ownerId()).isEqualTo("user-anna");
        assertThat(unreported.ownerPicked()).isFalse();
        assertThat(sameAsPreselected.ownerPicked()).isFalse();
        assertThat(changedInSlack.values().ownerId()).isEqualTo("user-tom");
        assertThat(changedInSlack.ownerPicked()).isTrue();
    }

    @Test
    void rule_4_a_late_owner_lookup_never_replaces_an_owner_that_is_set() {
        Optional<String> anna = Optional.of("user-anna");

        assertThat(shown.ownerPicked("user-tom").ownerFound(anna, OwnerHint.found())).as("picked by the rep").isEmpty();
        assertThat(shown.ownerKnown("user-tom", OwnerHint.found()).ownerFound(anna, OwnerHint.found()))
                .as("preselected by the app").isEmpty();
        assertThat(shown.ownerFound(anna, OwnerHint.found())).hasValueSatisfying(found -> {
            assertThat(found.values().ownerId()).isEqualTo("user-anna");
            assertThat(found.ownerHint()).isEqualTo(OwnerHint.found());
        });
        assertThat(shown.ownerFound(Optional.empty(), OwnerHint.noMatch("sam@example.test")))
                .hasValueSatisfying(none -> {
                    assertThat(none.values().ownerId()).isNull();
                    assertThat(none.ownerHint().text()).contains("sam@example.test");
                    assertThat(none.ownerRev()).isEqualTo(shown.ownerRev());
                });
    }

    @Test
    void rule_5_a_new_account_and_a_found_owner_get_new_blocks_and_a_picked_or_known_owner_keeps_its_block() {
        ModalState accountChosen = shown.accountChosen(GLOBEX, typed("Deal", null, null));
        ModalState ownerFound = shown.ownerFound(Optional.of("user-anna"), OwnerHint.found()).orElseThrow();

        assertThat(accountChosen.contactsRev()).isEqualTo(shown.contactsRev() + 1);
        assertThat(accountChosen.ownerRev()).isEqualTo(shown.ownerRev());
        assertThat(ownerFound.ownerRev()).isEqualTo(shown.ownerRev() + 1);
        assertThat(ownerFound.contactsRev()).isEqualTo(shown.contactsRev());
        assertThat(shown.ownerPicked("user-tom").ownerRev()).isEqualTo(shown.ownerRev());
        assertThat(shown.ownerKnown("user-tom", OwnerHint.found()).ownerRev()).isEqualTo(shown.ownerRev());
    }

    @Test
    void rule_6_the_form_shown_again_is_a_new_attempt_with_fresh_blocks_and_the_values_kept() {
        ModalState submitted = shown.accountChosen(GLOBEX, typed("Deal", GLOBEX, "user-anna"))
                .submitted(typed("Deal", GLOBEX, "user-anna"));

        ModalState again = submitted.formAgain(List.of("Nothing was created."));

        assertThat(again.values()).isEqualTo(submitted.values());
        assertThat(again.attempt()).isEqualTo(submitted.attempt() + 1);
        assertThat(again.submissionKey("V1")).isNotEqualTo(submitted.submissionKey("V1"));
        assertThat(again.contactsRev()).isEqualTo(submitted.contactsRev() + 1);
        assertThat(again.ownerRev()).isEqualTo(submitted.ownerRev() + 1);
        assertThat(again.ownerHint().text()).isNull();
        assertThat(again.notices()).containsExactly("Nothing was created.");
        assertThat(again.formShown()).isTrue();
    }

    @Test
    void tries_again_with_what_went_wrong_above_the_form_and_says_so_when_it_lost_what_was_typed() {
        ModalState failed = shown.submitted(typed("Deal", GLOBEX, "user-anna")).failed(List.of("Pipeliner is down."));

        ModalState retried = failed.retried();
        ModalState lost = ModalState.carried("U1", "C1", null, GLOBEX, 1, 1, 2).forgotten("Lost it.").retried();

        assertThat(failed.formShown()).isFalse();
        assertThat(retried.values()).isEqualTo(typed("Deal", GLOBEX, "user-anna"));
        assertThat(retried.notices()).containsExactly("Pipeliner is down.");
        assertThat(retried.attempt()).isEqualTo(failed.attempt() + 1);
        assertThat(lost.values().name()).isNull();
        assertThat(lost.account()).isNull();
        assertThat(lost.notices()).containsExactly("Lost it.");
        assertThat(lost.attempt()).isEqualTo(3);
    }

    @Test
    void names_its_own_hash_for_the_next_update_and_the_requests_once_slack_replaced_the_view() {
        assertThat(shown.withHash("h-ours").hashOr("h-request")).isEqualTo("h-ours");
        assertThat(shown.withHash(null).hashOr("h-request")).isEqualTo("h-request");
    }
}
