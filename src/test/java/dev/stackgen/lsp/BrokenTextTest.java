package dev.stackgen.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor sends text in every state of being typed: the features that read it ({@link Syntax}, completion,
 * hover, symbols, navigation, the analysis) must answer for any of it without throwing. Seeded mutations of
 * the homelab catalog: cuts, deletions and insertions of the characters that open and close things.
 */
class BrokenTextTest {
  private static final String NOISE = "{}[]()\"=\n#<$\\/*-. a";

  @Test
  void everyFeatureAnswersOnMutatedCatalogs(@TempDir Path dir) throws Exception {
    String base = Files.readString(Fixtures.repoRoot().resolve("stacks-fixtures/homelab/stackgen.hcl"));
    Random random = new Random(24);
    for (int round = 0; round < 120; round++) {
      StringBuilder b = new StringBuilder(base);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(b.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.setLength(at);
          case 1 -> b.delete(at, Math.min(b.length(), at + random.nextInt(40)));
          default -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        }
      }
      String text = b.toString();
      Syntax s = Syntax.of(text);
      Map<String, Syntax> repo = Map.of("stackgen.hcl", s);
      for (int k = 0; k < 5; k++) {
        int offset = random.nextInt(text.length() + 1);
        Features.complete(text, offset, repo);
        Features.hover(text, offset);
        Features.Symbol sym = Features.symbolAt(s, offset);
        if (sym != null) {
          Features.references(sym, repo);
        }
        Positions.problemRange(text, 1 + random.nextInt(2000), 1 + random.nextInt(120), random.nextBoolean());
      }
      Features.outline(text);
      if (round % 10 == 0) {
        Files.writeString(dir.resolve("stackgen.hcl"), "");
        Analysis.Result result = Analysis.run(dir, Map.of("stackgen.hcl", text));
        assertThat(result.texts()).containsKey("stackgen.hcl");
        if (result.catalog() == null) {
          assertThat(result.problems()).isNotEmpty();
        }
      }
    }
    // the unchanged catalog still reads as before: every stack found
    assertThat(Features.stackNames(Map.of("x", Syntax.of(base)))).hasSize(
        (int) base.lines().filter(l -> l.startsWith("stack \"")).count());
    assertThat(Features.tierNames(Map.of("x", Syntax.of(base))))
        .containsExactly("core", "cluster", "platform", "edge", "aux");
    assertThat(List.of(Features.schemaOf(List.of("stack", "postfix_overlay")).name())).containsExactly(
        "postfix_overlay");
  }
}
