package newdeal.deal.line;

import java.util.List;
import newdeal.pipeliner.Account;

/** Which account the line names: none, exactly one, or several equally well (then none is chosen). */
public sealed interface AccountPick {

    record None() implements AccountPick {
    }

    record Chosen(Account account) implements AccountPick {
    }

    /** {@code words} is what the line says that they all match, as typed ("Redwood"). */
    record Ambiguous(String words, List<Account> candidates) implements AccountPick {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    static AccountPick none() {
        return new None();
    }
}
