package newdeal.deal;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountChange;
import newdeal.pipeliner.AccountPage;
import newdeal.pipeliner.Pipeliner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the {@link AccountIndex} and keeps it fresh. At start it notes when Pipeliner's accounts last changed, then
 * reads every live account page by page; from then on, every {@code refreshEvery}, it asks only for the accounts
 * modified since the last change it saw (deleted ones included, to drop them), and builds a new table only when
 * something really changed. More than {@code maxAccounts} accounts: the index lets go, searches go to Pipeliner, and
 * the count is checked again after {@link #OVER_LIMIT_RECHECK}. Runs on its own single-threaded scheduler, so one
 * step at a time.
 */
public final class AccountSync {
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(1);
    static final Duration RETRY_FAILED_LOAD = Duration.ofSeconds(10);
    static final Duration OVER_LIMIT_RECHECK = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(AccountSync.class);

    private final Pipeliner pipeliner;
    private final AccountIndex index;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration refreshEvery;
    private final Duration callDeadline;
    private final int maxAccounts;
    private final AtomicBoolean started = new AtomicBoolean();
    private Instant watermark;

    /** {@code callDeadline}: how long each page may take; {@code scheduler} must run one task at a time. */
    public AccountSync(Pipeliner pipeliner, AccountIndex index, Clock clock, ScheduledExecutorService scheduler,
                       Duration refreshEvery, Duration callDeadline, int maxAccounts) {
        this.pipeliner = pipeliner;
        this.index = index;
        this.clock = clock;
        this.scheduler = scheduler;
        this.refreshEvery = refreshEvery;
        this.callDeadline = callDeadline;
        this.maxAccounts = maxAccounts;
    }

    /** Loads in the background, then refreshes; calling it again does nothing. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            schedule(this::load, Duration.ZERO);
        }
    }

    private void load() {
        long began = System.nanoTime();
        try {
            // Noted before reading: whatever changes while the pages are read is modified after it.
            Instant since = pipeliner.lastAccountChange(deadline()).orElse(Instant.EPOCH);
            Map<String, Account> live = readAll();
            if (live == null) {
                schedule(this::load, OVER_LIMIT_RECHECK);
                return;
            }
            watermark = since;
            index.loaded(AccountTable.of(live.values()), clock.instant());
            log.info("Account index loaded: {} accounts in {} ms", live.size(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis());
            schedule(this::refresh, refreshEvery);
        } catch (RuntimeException e) {
            failed("load", e);
            schedule(this::load, RETRY_FAILED_LOAD.compareTo(refreshEvery) < 0 ? RETRY_FAILED_LOAD : refreshEvery);
        }
    }

    /** Every live account, or null when there are too many (the index is then told). */
    private Map<String, Account> readAll() {
        Map<String, Account> live = new HashMap<>();
        String after = null;
        int pages = 0;
        int publishAfter = 1;
        do {
            AccountPage page = pipeliner.accountsPage(null, after, deadline());
            int seen = Math.max(page.total() == null ? 0 : page.total(), live.size() + page.accounts().size());
            if (seen > maxAccounts) {
                tooMany(seen);
                return null;
            }
            page.accounts().stream().filter(a -> !a.deleted()).forEach(a -> live.put(a.account().id(), a.account()));
            if (++pages == publishAfter) {
                index.loading(AccountTable.of(live.values()));
                publishAfter *= 2; // a partial table every time the load doubled: building them stays linear
            }
            after = page.next();
        } while (after != null);
        return live;
    }

    private void refresh() {
        try {
            Map<String, AccountChange> changes = new HashMap<>();
            Instant newest = watermark;
            String after = null;
            do {
                AccountPage page = pipeliner.accountsPage(watermark, after, deadline());
                for (AccountChange change : page.accounts()) {
                    changes.put(change.account().id(), change);
                    if (change.modified() != null && change.modified().isAfter(newest)) {
                        newest = change.modified();
                    }
                }
                after = page.next();
            } while (after != null);
            apply(changes);
            watermark = newest;
        } catch (RuntimeException e) {
            failed("refresh", e);
        }
        schedule(index.ready() ? this::refresh : this::load, index.ready() ? refreshEvery : OVER_LIMIT_RECHECK);
    }

    private void apply(Map<String, AccountChange> changes) {
        AccountTable current = index.table();
        Map<String, Account> changed = new HashMap<>();
        for (AccountChange change : changes.values()) {
            var held = current.byId(change.account().id());
            if (change.deleted() ? held.isPresent() : !held.equals(Optional.of(change.account()))) {
                changed.put(change.account().id(), change.account());
            }
        }
        if (changed.isEmpty()) {
            index.refreshed(null, clock.instant());
            return;
        }
        Map<String, Account> all = new HashMap<>(current.size() + changed.size());
        current.accounts().forEach(a -> all.put(a.id(), a));
        changed.keySet().forEach(id -> {
            if (changes.get(id).deleted()) {
                all.remove(id);
            } else {
                all.put(id, changed.get(id));
            }
        });
        if (all.size() > maxAccounts) {
            tooMany(all.size());
            return;
        }
        index.refreshed(AccountTable.of(all.values()), clock.instant());
        log.info("Account index refreshed: {} changed, {} accounts", changed.size(), all.size());
    }

    private void tooMany(int seen) {
        log.warn("Pipeliner holds more than {} accounts ({} seen): account searches go to Pipeliner", maxAccounts,
                seen);
        index.overLimit(maxAccounts, seen, clock.instant());
    }

    private void failed(String what, RuntimeException e) {
        String reason = FailureText.describe(e);
        log.warn("Account index {} failed, keeping {} accounts: {}", what, index.table().size(), reason);
        index.failed(reason, clock.instant());
    }

    private Instant deadline() {
        return clock.instant().plus(callDeadline);
    }

    private void schedule(Runnable step, Duration delay) {
        try {
            scheduler.schedule(step, delay.toNanos(), NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Account index stopped: the scheduler is shut down");
        }
    }
}
