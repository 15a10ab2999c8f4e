package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The graph of the homelab fixture, as golden files, and the command's options. */
class GraphCommandTest {
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");
  private static final Path HOMELAB = Fixtures.fixturesDir().resolve("homelab");

  @ParameterizedTest
  @CsvSource({"order, homelab.order", "mermaid, homelab.mmd", "dot, homelab.dot"})
  void homelabGraphMatchesItsGoldenFile(String format, String golden) throws Exception {
    Run run = Run.of("graph", "--format", format, "-C", HOMELAB.toString());
    assertThat(run.exit()).as(run.toString()).isZero();
    Path file = Fixtures.repoRoot().resolve("src/test/resources/graph").resolve(golden);
    if (UPDATE) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void readmeEmbedsTheCurrentMermaidGraph() throws Exception {
    String mermaid = Run.of("graph", "--format", "mermaid", "-C", HOMELAB.toString()).out();
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"));
    assertThat(readme).contains("```mermaid\n" + mermaid + "```\n");
  }

  @Test
  void subgraphsAndReverseOrder() {
    String needs = Run.of("graph", "--stack", "webmail", "-C", HOMELAB.toString()).out();
    assertThat(needs).startsWith("wave 1: ").endsWith(" webmail\n");
    assertThat(needs).doesNotContain("jellyfin");
    String dependents = Run.of("graph", "--stack", "mailserver", "--dependents", "-C", HOMELAB.toString()).out();
    assertThat(dependents).startsWith("wave 1: mailserver\n").contains("webmail");
    String destroy = Run.of("graph", "--reverse", "-C", HOMELAB.toString()).out();
    assertThat(destroy.lines().reduce((a, b) -> b).orElseThrow()).contains("infra");
  }

  @Test
  void usageErrors() {
    assertThat(Run.of("graph", "--format", "svg", "-C", HOMELAB.toString()).err())
        .isEqualTo("stackgen graph: --format must be order, mermaid or dot, not svg (see stackgen graph --help)\n");
    assertThat(Run.of("graph", "--dependents", "-C", HOMELAB.toString()).exit()).isEqualTo(2);
    assertThat(Run.of("graph", "--stack", "nope", "-C", HOMELAB.toString()).err())
        .startsWith("stackgen graph: --stack nope: no such stack");
  }
}
