package dev.stackgen.postfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The lint fixtures under src/test/resources/postfix-lint: {@code <case>.cf}, optional {@code <case>.master.cf}. */
final class LintFixtures {

    static final Path DIR = Path.of("src/test/resources/postfix-lint");

    record Case(String name, Path file, String text, Optional<String> masterCf) {
        String fileName() {
            return name + ".cf";
        }

        Path expected() {
            return DIR.resolve(name + ".expected");
        }
    }

    private LintFixtures() {
    }

    static List<Case> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".cf") && !n.endsWith(".master.cf"))
                    .sorted()
                    .map(n -> load(n.substring(0, n.length() - ".cf".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(String name) {
        try {
            Path file = DIR.resolve(name + ".cf");
            Path master = DIR.resolve(name + ".master.cf");
            Optional<String> masterText = Files.exists(master)
                    ? Optional.of(Files.readString(master, StandardCharsets.UTF_8)) : Optional.empty();
            return new Case(name, file, Files.readString(file, StandardCharsets.UTF_8), masterText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PostfixLinter linter(Profile profile, Case c) {
        return c.masterCf().map(m -> new PostfixLinter(profile, MasterCf.parse(m))).orElseGet(() -> new PostfixLinter(profile));
    }

    static MasterCf master(Profile profile, Case c) {
        return c.masterCf().map(MasterCf::parse).orElse(profile.master());
    }
}
