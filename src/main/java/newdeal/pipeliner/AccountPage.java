package newdeal.pipeliner;

import java.util.List;

/**
 * One page of accounts: {@code next} is the cursor of the page after it, null on the last one; {@code total} is how
 * many accounts the whole listing holds, null when Pipeliner leaves it out.
 */
public record AccountPage(List<AccountChange> accounts, String next, Integer total) {
    public AccountPage {
        accounts = List.copyOf(accounts);
    }
}
