package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * A unit of a nested live repository is imported as a model value built from the file's nodes (issue 22):
 * on every unit file of the nested fixture, the wild corpus and 30 generated wild repositories, the unit's
 * candidate holds a value exactly when its catalog text reads as a stack, and then the value is the stack
 * that text reads back (source positions aside).
 */
class LayoutUnitValuesTest {
  @TempDir
  Path tmp;

  @Test
  void everyUnitIsTheValueItsBlockReadsBack() throws Exception {
    List<Path> roots = WildRepoGenerator.corpus(tmp, 30, Path.of("stacks-fixtures/nested-live"));
    List<String> mismatches = new ArrayList<>();
    int values = 0;
    int unreadable = 0;
    for (Path root : roots) {
      List<Path> units;
      try (Stream<Path> s = Files.walk(root)) {
        units = s.filter(p -> p.getFileName().toString().equals("terragrunt.hcl") && !p.getParent().equals(root)
            && Files.isRegularFile(p) && !Files.isSymbolicLink(p)).sorted().toList();
      }
      for (Path f : units) {
        String path = root.relativize(f).toString().replace('\\', '/');
        String text = Files.readString(f);
        text = text.substring(ImportText.leadingBlankLineCount(text));
        LayoutCandidate unit;
        try {
          unit = LayoutCandidate.unit(path, HclParser.parse(text, path));
        } catch (HclSyntaxException e) {
          continue; // left alone as not HCL
        }
        CandidateBlock block = unit.block(Declarations.NONE, java.util.Set.of());
        Stack read;
        try {
          read = StackBlocks.read(block.text(), Declarations.NONE).get(0);
        } catch (CatalogException e) {
          read = null;
        }
        if (read == null) {
          unreadable++;
          if (block.value() != null) {
            mismatches.add(root + " " + path + ": a value for a block that does not read");
          }
        } else if (block.value() == null) {
          mismatches.add(root + " " + path + ": no value for a block that reads");
        } else {
          values++;
          String difference = SameValue.difference(block.value(), read);
          if (difference != null) {
            mismatches.add(root + " " + path + ": " + difference);
          }
        }
      }
    }
    System.out.printf("LayoutUnitValuesTest: %d units built as values, %d whose block does not read%n", values,
        unreadable);
    assertThat(values).as("units built as values").isGreaterThanOrEqualTo(100);
    assertThat(mismatches).isEmpty();
  }
}
