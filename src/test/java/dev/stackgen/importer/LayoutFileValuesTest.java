package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.hcl.HclParser;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogParts;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Names;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nested live repository's hierarchy files and Terragrunt Stacks files are imported as model values built
 * from the file's nodes (issue 22), as its units are ({@link LayoutUnitValuesTest}): on every such file of the
 * nested fixture, the Stacks fixture, the wild corpus and 30 generated wild repositories, the candidate holds a
 * {@code shared} or {@code stack_file} value exactly when its catalog text reads as that block, and then the
 * value is the one that text reads back (source positions aside).
 */
class LayoutFileValuesTest {
  /** A head the blocks are read after (no allow_terragrunt, as the values are built without one). */
  private static final String HEAD = "root {\n  tiers = { default = \"default\" }\n}\n";

  @TempDir
  Path tmp;

  @Test
  void everySharedAndStackFileIsTheValueItsBlockReadsBack() throws Exception {
    List<Path> roots = WildRepoGenerator.corpus(tmp, 30, Path.of("stacks-fixtures/nested-live"),
        Path.of("stacks-fixtures/stacks-repo"));
    List<String> mismatches = new ArrayList<>();
    int shared = 0;
    int stackFiles = 0;
    int unreadable = 0;
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith(".hcl") && Files.isRegularFile(p) && !Files.isSymbolicLink(p))
            .sorted().toList();
      }
      for (Path f : files) {
        String path = root.relativize(f).toString().replace('\\', '/');
        String name = f.getFileName().toString();
        boolean stackFile = name.equals(StackConfig.FILE);
        if (stackFile ? !path.contains("/") || !Names.isStackPath(path.substring(0, path.lastIndexOf('/')))
            : !SharedFile.isSharedPath(path) || path.equals(CatalogReader.MAIN_FILE)) {
          continue; // left alone before any block is built
        }
        String text = Files.readString(f);
        text = text.substring(ImportText.leadingBlankLineCount(text));
        if (text.indexOf('\r') >= 0) {
          continue; // left alone for its line endings
        }
        LayoutCandidate candidate;
        try {
          candidate = stackFile ? LayoutCandidate.stackFile(path, HclParser.parse(text, path))
              : LayoutCandidate.shared(path, HclParser.parse(text, path));
        } catch (HclSyntaxException e) {
          continue; // left alone as not HCL
        }
        CandidateBlock block = candidate.block(Declarations.NONE, Set.of());
        Object value = stackFile ? block.stackFile() : block.shared();
        assertThat(block.value()).as(path).isNull();
        assertThat(stackFile ? block.shared() : block.stackFile()).as(path).isNull();
        Object read;
        try {
          CatalogParts parts = new CatalogParts(new CatalogReader.Source(CatalogReader.MAIN_FILE, HEAD));
          parts.read(new CatalogReader.Source(path, block.text()));
          Catalog c = parts.model();
          read = stackFile ? c.stackFiles().get(0) : c.shared().get(0);
        } catch (CatalogException e) {
          read = null;
        }
        if (read == null) {
          unreadable++;
          if (value != null) {
            mismatches.add(root + " " + path + ": a value for a block that does not read");
          }
        } else if (value == null) {
          mismatches.add(root + " " + path + ": no value for a block that reads");
        } else {
          if (stackFile) {
            stackFiles++;
          } else {
            shared++;
          }
          String difference = SameValue.difference(value, read);
          if (difference != null) {
            mismatches.add(root + " " + path + ": " + difference);
          }
        }
      }
    }
    System.out.printf("LayoutFileValuesTest: %d shared files and %d stack files built as values, %d whose block"
        + " does not read%n", shared, stackFiles, unreadable);
    assertThat(shared).as("shared files built as values").isGreaterThanOrEqualTo(50);
    assertThat(stackFiles).as("stack files built as values").isGreaterThanOrEqualTo(10);
    assertThat(mismatches).isEmpty();
  }

  /** A file the catalog's readers refuse as the block has no value, and its block's text is refused too. */
  @Test
  void aFileTheBlockCannotHoldHasNoValueAndItsTextIsRefused() throws Exception {
    Map<String, String> refused = Map.of(
        "prod/env.hcl", "stack \"x\" {\n  tier = \"default\"\n}\n",
        "prod/region.hcl", "include \"a\" {\n  path = \"x.hcl\"\n}\n\ninclude \"a\" {\n  path = \"y.hcl\"\n}\n",
        "prod/deps.hcl", "dependency \"vpc\" {\n  mock_outputs = {}\n}\n",
        "prod/app/" + StackConfig.FILE, "inputs = {}\n",
        "prod/web/" + StackConfig.FILE, "unit \"a\" {\n  source = \"../a\"\n}\n");
    for (var e : refused.entrySet()) {
      boolean stackFile = e.getKey().endsWith(StackConfig.FILE);
      LayoutCandidate c = stackFile ? LayoutCandidate.stackFile(e.getKey(), HclParser.parse(e.getValue(), e.getKey()))
          : LayoutCandidate.shared(e.getKey(), HclParser.parse(e.getValue(), e.getKey()));
      CandidateBlock block = c.block(Declarations.NONE, Set.of());
      assertThat(block.hasValue()).as(e.getKey()).isFalse();
      CatalogParts parts = new CatalogParts(new CatalogReader.Source(CatalogReader.MAIN_FILE, HEAD));
      assertThatThrownBy(() -> parts.read(new CatalogReader.Source(e.getKey(), block.text()))).as(e.getKey())
          .isInstanceOf(CatalogException.class);
    }
    // a name newer than the schema is taken once the catalog allows it, as its block's text is
    String text = "terragrunt_version_constraint_next = \">= 1\"\n";
    assertThat(LayoutCandidate.shared("prod/env.hcl", HclParser.parse(text, "prod/env.hcl")).block(Declarations.NONE,
        Set.of()).hasValue()).isFalse();
    assertThat(LayoutCandidate.shared("prod/env.hcl", HclParser.parse(text, "prod/env.hcl")).block(Declarations.NONE,
        Set.of("terragrunt_version_constraint_next")).shared()).isNotNull();
  }
}
