package newdeal.deal;

import newdeal.pipeliner.Account;

/** An account whose name stands in a text, at {@code [start, end)} of that text (as given, before any folding). */
public record NamedAccount(Account account, int start, int end) {
}
