package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Pipeliner;
import newdeal.pipeliner.PipelinerUser;

/**
 * The searches behind the options loads and the owner lookup. Every method answers by its deadline: on timeout or
 * failure it logs a warning and returns empty, never throws. Recent results are cached briefly.
 */
public final class Directory {

    public Directory(Pipeliner pipeliner, Clock clock, Duration deadline) {
    }

    public List<Account> searchAccounts(String query) {
        return List.of();
    }

    public List<AccountContact> contactsOf(String accountId) {
        return List.of();
    }

    public List<Contact> searchContacts(String query) {
        return List.of();
    }

    public Optional<Account> account(String id) {
        return Optional.empty();
    }

    public Optional<PipelinerUser> userByEmail(String email) {
        return Optional.empty();
    }
}
