package newdeal.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar new-deal.jar sandbox [--port N]}: runs the sandbox alone and says how to reach it. */
public final class SandboxMain {
    static final int DEFAULT_PORT = 8099;

    private SandboxMain() {
    }

    public static void main(String[] args) {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar new-deal.jar sandbox [--port N]");
            System.exit(2);
            return;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(port);
        } catch (RuntimeException e) {
            System.err.println("Cannot start the sandbox on port " + port + " (" + e.getMessage()
                    + "); is it in use? Choose another with --port N.");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "sandbox-stop"));
        describe(sandbox, System.out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int port(String[] args) {
        if (args.length == 0) {
            return DEFAULT_PORT;
        }
        if (args.length != 2 || !args[0].equals("--port")) {
            throw new IllegalArgumentException("unexpected arguments: " + String.join(" ", args));
        }
        try {
            int port = Integer.parseInt(args[1]);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a port number (0-65535), got: " + args[1]);
        }
    }

    /** The sandbox's credentials are fixed public values, so printing them is safe and the point. */
    static void describe(Sandbox sandbox, PrintStream out) {
        out.println("Pipeliner sandbox running (Ctrl-C stops it)");
        out.println("  service URL : " + sandbox.baseUrl());
        out.println("  space id    : " + sandbox.spaceId());
        out.println("  username    : " + sandbox.username());
        out.println("  password    : " + sandbox.password());
        out.println("Try:");
        out.println("  curl -g -u " + sandbox.username() + ":" + sandbox.password() + " '" + sandbox.spaceUrl()
                + "/entities/Accounts?filter[name]=globex&filter-op[name]=icontains&load-only=id,name,email1,city'");
    }
}
