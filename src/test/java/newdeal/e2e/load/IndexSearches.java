package newdeal.e2e.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.deal.AccountIndex;
import newdeal.deal.IndexFixture;
import newdeal.pipeliner.Account;

/**
 * The account index's search alone, in this JVM: {@code reps} threads at once, each searching what a rep types a
 * letter at a time with a short pause between letters (a fast typist), over an index of the given accounts; the
 * latency is each search's own, from call to answer.
 */
public final class IndexSearches {
    private static final long PAUSE_MILLIS = 20;
    private IndexSearches() {
    }

    /** The accounts of the space's names, plus copies up to {@code size} with a number appended. */
    public static List<Account> accounts(List<String> names, int size) {
        List<Account> accounts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String name = names.get(i % names.size()) + (i < names.size() ? "" : " " + i);
            accounts.add(new Account("acc-" + i, name, "info" + i + "@bench.example", "Berlin", "owner-" + i % 20));
        }
        return accounts;
    }

    public record Result(Samples latency, long buildMillis) {
    }

    public static Result run(List<Account> accounts, List<String> typed, int reps, int searches) {
        long started = System.nanoTime();
        AccountIndex index = IndexFixture.of(accounts);
        long built = (System.nanoTime() - started) / 1_000_000;
        Samples latency = new Samples();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(reps);
        for (int r = 0; r < reps; r++) {
            pool.execute(() -> {
                for (int k; (k = next.getAndIncrement()) < searches; ) {
                    String name = typed.get(k / 6 % typed.size());
                    String query = name.substring(0, Math.min(name.length(), 1 + k % 6));
                    long begin = System.nanoTime();
                    index.search(query, 100);
                    latency.add(System.nanoTime() - begin);
                    AppJvm.pause(PAUSE_MILLIS);
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(latency, built);
    }
}
