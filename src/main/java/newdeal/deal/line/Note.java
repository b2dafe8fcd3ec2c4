package newdeal.deal.line;

/** A piece of the line that was not used, as typed, and why: {@code 31.2.2027}, "no such date". */
public record Note(String typed, String why) {
    @Override
    public String toString() {
        return typed + " (" + why + ")";
    }
}
