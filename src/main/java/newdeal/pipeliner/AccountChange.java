package newdeal.pipeliner;

import java.time.Instant;

/**
 * An account as a listing for an index sees it: the account, whether Pipeliner marks it deleted, and when it last
 * changed ({@code modified}; null if Pipeliner did not say).
 */
public record AccountChange(Account account, boolean deleted, Instant modified) {
}
