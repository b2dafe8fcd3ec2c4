package newdeal;

public final class Main {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sandbox")) { newdeal.sandbox.SandboxMain.main(java.util.Arrays.copyOfRange(args, 1, args.length)); return; }
    }
}
