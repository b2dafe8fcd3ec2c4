package newdeal.ship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The code under a source folder as text, with comments and string literals blanked out: only what runs. */
final class JavaSources {
    // one pass, so a "//" inside a string or a quote inside a comment is read for what it is
    private static final Pattern TOKENS = Pattern.compile(
            "(\"\"\"[\\s\\S]*?\"\"\")|(\"(?:\\\\.|[^\"\\\\\\n])*\")|('(?:\\\\.|[^'\\\\\\n])+')"
                    + "|(//[^\\n]*)|(/\\*[\\s\\S]*?\\*/)");

    private final List<String> files;

    private JavaSources(List<String> files) {
        this.files = files;
    }

    static JavaSources under(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return new JavaSources(paths.filter(p -> p.toString().endsWith(".java")).map(JavaSources::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaSources of(String... files) {
        return new JavaSources(List.of(files));
    }

    /** Every file without its comments and string literals. */
    Stream<String> statements() {
        return files.stream().map(JavaSources::blank);
    }

    private static String blank(String source) {
        return TOKENS.matcher(source).replaceAll(" ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
