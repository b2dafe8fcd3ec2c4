package newdeal.e2e.load;

import java.util.ArrayList;
import java.util.List;

/** The load test's tables in Markdown, section by section, in the order they were measured. */
public final class Report {
    private final List<String> lines = new ArrayList<>();

    public Report section(String title, String... header) {
        lines.add("");
        lines.add("### " + title);
        lines.add("");
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + "---|".repeat(header.length));
        return this;
    }

    public Report row(Object... cells) {
        List<String> texts = new ArrayList<>();
        for (Object cell : cells) {
            texts.add(cell instanceof Double d ? Samples.ms(d) : String.valueOf(cell));
        }
        lines.add("| " + String.join(" | ", texts) + " |");
        return this;
    }

    public Report line(String text) {
        lines.add(text);
        return this;
    }

    public String markdown() {
        return String.join("\n", lines) + "\n";
    }
}
