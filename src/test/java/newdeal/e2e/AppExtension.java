package newdeal.e2e;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives tests the running app ({@link E2e}). {@link #shared()} is one warm app for the whole JVM, started by the first
 * test that asks for it and stopped when the JVM's tests end. {@link #own} starts an app of the test's own (special
 * timings, a cold start, a Pipeliner seen through a proxy) the first time the test asks for it, and stops it after
 * the test, or after the class when the extension is registered on a static field. An app that outlives a test has
 * its injected faults cleared and the fake Slack reset after it. The shared app lives in the JUnit root context's
 * store, which closes it (it is {@link AutoCloseable}) when the last test has run.
 * <pre>{@code @RegisterExtension static final AppExtension APP = AppExtension.shared();}</pre>
 */
public final class AppExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AppExtension.class);

    private final Supplier<E2e> start;
    private final boolean shared;
    private ExtensionContext root;
    private boolean perClass;
    private E2e e2e;

    private AppExtension(Supplier<E2e> start, boolean shared) {
        this.start = start;
        this.shared = shared;
    }

    /** The app every test of the JVM shares: warm, with {@link E2e#TIMINGS}. */
    public static AppExtension shared() {
        return new AppExtension(E2e::warm, true);
    }

    /** An app of the test's own, started by {@code start} (e.g. {@code () -> E2e.cold(faults, timings)}). */
    public static AppExtension own(Supplier<E2e> start) {
        return new AppExtension(start, false);
    }

    /** The app, started now if this is the first time it is asked for. */
    public E2e e2e() {
        if (e2e == null) {
            e2e = shared ? root.getStore(NAMESPACE).getOrComputeIfAbsent(E2e.class, key -> start.get(), E2e.class)
                    : start.get();
        }
        return e2e;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        root = context.getRoot();
        perClass = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        root = context.getRoot();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (e2e == null) {
            return;
        }
        if (shared || perClass) {
            e2e.reset();
        } else {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!shared && e2e != null) {
            stop();
        }
    }

    private void stop() {
        try {
            e2e.close();
        } finally {
            e2e = null;
        }
    }
}
