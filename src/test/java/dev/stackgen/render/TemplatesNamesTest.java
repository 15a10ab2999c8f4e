package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Templates#NAMES} lists exactly the bundled templates (override files are checked against it). */
class TemplatesNamesTest {
  @Test
  void namesAreTheFilesOfTheTemplatesFolder() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftl")).sorted().toList())
          .isEqualTo(Templates.NAMES.stream().sorted().toList());
    }
  }
}
