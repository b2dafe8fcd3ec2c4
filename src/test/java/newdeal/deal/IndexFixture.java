package newdeal.deal;

import java.time.Instant;
import java.util.Collection;
import newdeal.pipeliner.Account;

/** A ready account index holding exactly the given accounts, without Pipeliner: for benchmarks of the search. */
public final class IndexFixture {
    private IndexFixture() {
    }

    public static AccountIndex of(Collection<Account> accounts) {
        AccountIndex index = new AccountIndex();
        index.loaded(AccountTable.of(accounts), Instant.now());
        return index;
    }
}
