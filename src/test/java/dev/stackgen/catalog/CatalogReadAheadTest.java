package dev.stackgen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.model.Catalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Big catalog files read their second half of stack blocks on a second thread ({@link StackReadAhead}):
 * the catalog, its warnings and the first error must be those of a sequential read.
 */
class CatalogReadAheadTest {
  private static final int STACKS = 60;

  /** A catalog of {@code STACKS} stacks; {@code edit} may change the text of stack {@code i}. */
  private static String catalog(java.util.function.IntFunction<String> extra) {
    StringBuilder sb = new StringBuilder();
    sb.append("root {\n  tiers = {\n    core = \"0-core\"\n    apps = \"1-apps\"\n  }\n}\n\n");
    sb.append("defaults {\n  dependency \"s0\" {}\n}\n\n");
    for (int i = 0; i < STACKS; i++) {
      sb.append("# stack ").append(i).append("\n");
      sb.append("stack \"s").append(i).append("\" {\n");
      sb.append("  tier = \"").append(i == 0 ? "core" : "apps").append("\"\n");
      if (i == 0) {
        sb.append("  use_defaults = false\n");
      }
      if (i % 7 == 3) {
        sb.append("  skip = true\n"); // a schema warning
      }
      if (i > 1) {
        sb.append("  dependency \"s").append(i - 1).append("\" {}\n");
      }
      sb.append("  inputs = {\n    n = ").append(i).append("\n  }\n");
      sb.append(extra.apply(i));
      sb.append("}\n\n");
      if (i == STACKS / 3) {
        sb.append("stackgen {\n  stacks_dir = \"stacks\"\n}\n\n"); // a non-stack block among the stacks
      }
    }
    return sb.toString();
  }

  private static Catalog read(String text, int readAheadStacks) throws Exception {
    HclFile file = HclParser.parse(text, CatalogReader.MAIN_FILE);
    CatalogBuilder builder = new CatalogBuilder(SchemaCheck.allowList(List.of(file)));
    builder.readAheadStacks = readAheadStacks;
    builder.prescan(file);
    builder.readFile(file);
    return builder.build(Set.of());
  }

  private static String failure(String text, int readAheadStacks) {
    Exception e = assertThrows(Exception.class, () -> read(text, readAheadStacks));
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  @Test
  void readAheadGivesTheSequentialCatalogAndWarnings() throws Exception {
    String text = catalog(i -> "");
    Catalog sequential = read(text, Integer.MAX_VALUE);
    Catalog parallel = read(text, 2);
    assertEquals(STACKS, parallel.stacks().size());
    assertFalse(parallel.warnings().isEmpty(), "the catalog has warnings to compare");
    assertEquals(sequential.warnings(), parallel.warnings());
    assertEquals(sequential.stacks(), parallel.stacks());
    assertEquals(sequential, parallel);
    assertEquals(sequential, CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text))));
  }

  @Test
  void anErrorInTheSecondHalfIsTheSequentialOne() {
    String text = catalog(i -> i == STACKS - 5 ? "  bogus_block {\n  }\n" : "");
    String expected = failure(text, Integer.MAX_VALUE);
    assertTrue(expected.contains(":"), expected);
    assertEquals(expected, failure(text, 2));
  }

  @Test
  void theFirstErrorInCatalogOrderWins() {
    // one error in each half, and a second one later in the read-ahead half
    String text = catalog(i -> i == 10 || i == STACKS - 10 ? "  dependency \"s1\" {}\n  dependency \"s1\" {}\n"
        : i == STACKS - 2 ? "  bogus_block {\n  }\n" : "");
    String expected = failure(text, Integer.MAX_VALUE);
    assertTrue(expected.contains("s10"), expected);
    assertEquals(expected, failure(text, 2));
    // only in the read-ahead half: the earlier of its two errors
    String later = catalog(i -> i == STACKS - 10 ? "  dependency \"s1\" {}\n  dependency \"s1\" {}\n"
        : i == STACKS - 2 ? "  bogus_block {\n  }\n" : "");
    String expectedLater = failure(later, Integer.MAX_VALUE);
    assertTrue(expectedLater.contains("s" + (STACKS - 10)), expectedLater);
    assertEquals(expectedLater, failure(later, 2));
  }

  @Test
  void itemsBetweenTheStacksReadAheadKeepTheirOrder() {
    // a second stackgen block (read by the main thread) among the stacks read ahead, before and after
    // a failing stack block
    java.util.function.IntFunction<String> bad = i -> i == STACKS - 10 ? "  bogus_block {\n  }\n" : "";
    String before = catalog(bad).replace("# stack " + (STACKS - 15) + "\n",
        "stackgen {\n}\n\n# stack " + (STACKS - 15) + "\n");
    String expected = failure(before, Integer.MAX_VALUE);
    assertTrue(expected.contains("duplicate stackgen"), expected);
    assertEquals(expected, failure(before, 2));
    String after = catalog(bad) + "stackgen {\n}\n";
    String expectedAfter = failure(after, Integer.MAX_VALUE);
    assertTrue(expectedAfter.contains("bogus_block"), expectedAfter);
    assertEquals(expectedAfter, failure(after, 2));
  }

}
