package newdeal.deal.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The notes of one read, given back in the order their words stand in the line, whichever reader made them. */
final class Notes {
    private record Placed(int at, Note note) {
    }

    private final List<Placed> placed = new ArrayList<>();

    /** {@code at}: the index of the note's first word in the line. */
    void add(int at, String typed, String why) {
        placed.add(new Placed(at, new Note(typed, why)));
    }

    List<Note> inLineOrder() {
        return placed.stream().sorted(Comparator.comparingInt(Placed::at)).map(Placed::note).toList();
    }
}
