package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Settings;
import dev.stackgen.model.Stack;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stack file's candidate is a model value built from the file's nodes (issue 22): it equals the stack its
 * candidate text reads back (source positions aside), in the default layout and in {@code layout = "exact"},
 * for every stack file of the fixtures and for the cases the layouts turn on (header comments, the
 * dependency shorthand and its further attributes, comments and blank lines at the end, a module block).
 */
class StackFileValuesTest {
  private static final StackProbe PROBE = new StackProbe(new Renderer(Templates.bundled()),
      new Settings("stacks", false), Declarations.NONE);

  @Test
  void everyFixtureStackFileIsTheValueItsBlockReadsBack() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("stacks-fixtures"))) {
      files = s.filter(p -> p.getFileName().toString().equals("terragrunt.hcl") && p.getParent().getParent()
          .getFileName().toString().equals("stacks")).sorted().toList();
    }
    List<String> mismatches = new ArrayList<>();
    int values = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      if (StackFileReader.unfit(f.toString(), text) != null) {
        continue;
      }
      text = ImportText.startsWithHeader(text) ? ImportText.stripHeader(text) : text;
      String name = f.getParent().getFileName().toString();
      Set<String> stacks;
      try (Stream<Path> siblings = Files.list(f.getParent().getParent())) {
        stacks = siblings.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
      }
      CandidateBlock block = new StackFileReader(PROBE, stacks).stackBlock(name, "apps", false, f.toString(), text,
          text, 0, "", List.of(), null);
      if (block.value() == null) {
        continue;
      }
      values++;
      Stack read = StackBlocks.read(block.text(), Declarations.NONE).get(0);
      String difference = difference(block.value(), read, "");
      if (difference != null) {
        mismatches.add(f + " " + difference);
      }
    }
    assertThat(values).as("fixture stack files built as values").isGreaterThanOrEqualTo(140);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theLayoutsCasesAreTheValuesTheirBlocksReadBack() throws Exception {
    Map<String, String> cases = Map.of(
        "natural", "# web\n# second line\n\ninclude \"root\" {\n  path = find_in_parent_folders()\n}\n\n"
            + "inputs = {\n  a = 1\n  s = <<EOF\n  kept\nEOF\n}\n\ndependency \"db\" {\n  config_path  = \"../db\"\n"
            + "  skip_outputs = true\n}\n\ndependency \"vpc\" {\n  config_path  = \"../vpc\"\n  skip_outputs = true\n"
            + "  mock_outputs = {}\n}\n# the end\n\n",
        "exact", "/* a block\n   comment */\ninputs = {}\n\ninclude \"root\" {\n  path = \"x\"\n}\n"
            + "dependency \"db\" { # why\n  config_path  = \"../db\"\n  skip_outputs = true\n}\n\n",
        "no items", "include \"root\" {\n  path = find_in_parent_folders()\n}\n",
        "only comments", "# nothing here\n");
    for (var c : cases.entrySet()) {
      CandidateBlock block = new StackFileReader(PROBE, Set.of("db", "vpc", "web")).stackBlock("web", "apps", true,
          "stacks/web/terragrunt.hcl", c.getValue(), c.getValue(), 0, "", List.of(), null);
      assertThat(block.value()).as(c.getKey()).isNotNull();
      assertThat(sameIgnoringSources(block.value(), StackBlocks.read(block.text(), Declarations.NONE).get(0)))
          .as(c.getKey() + ":\n" + block.text()).isTrue();
    }
  }

  @Test
  void aModuleBlockGivenAsAValueComesFirstAmongTheValues() throws Exception {
    String file = "include \"root\" {\n  path = find_in_parent_folders()\n}\n\ninputs = {}\n";
    String mainTf = "# the app\n\nmodule \"web\" {\n  source = \"./web\"\n}\n";
    MainFileReader.Outcome module = new MainFileReader(PROBE).moduleBlock("web", "apps", mainTf,
        "stacks/web/main.tf", mainTf, Declarations.NONE, Declarations.NONE);
    assertThat(module.reason()).isNull();
    CandidateBlock block = new StackFileReader(PROBE, Set.of("web")).stackBlock("web", "apps", false,
        "stacks/web/terragrunt.hcl", file, file, 0, "\n" + module.block(), List.of(), module.read());
    assertThat(block.value()).isNotNull();
    assertThat(block.value().module()).isPresent();
    assertThat(sameIgnoringSources(block.value(), StackBlocks.read(block.text(), Declarations.NONE).get(0)))
        .isTrue();
  }

  @Test
  void theComparisonSeesADifferenceOtherThanAPosition() throws Exception {
    String file = "inputs = {\n  a = 1\n}\n";
    CandidateBlock block = new StackFileReader(PROBE, Set.of("web")).stackBlock("web", "apps", false,
        "stacks/web/terragrunt.hcl", file, file, 0, "", List.of(), null);
    Stack other = StackBlocks.read(block.text().replace("a = 1", "a = 2"), Declarations.NONE).get(0);
    assertThat(sameIgnoringSources(block.value(), other)).isFalse();
  }

  /** Deep equality of model values where any two source positions are equal ({@link SameValue}). */
  static boolean sameIgnoringSources(Object a, Object b) {
    return SameValue.difference(a, b) == null;
  }

  static String difference(Object a, Object b, String at) {
    return SameValue.difference(a, b);
  }
}
