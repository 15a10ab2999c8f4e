package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogParts;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.catalog.TerragruntSchema;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A root holding a repository root file's items is checked where import builds it, on the file's nodes, as
 * the catalog reads a root block (issue 22), no catalog text read: on every root file of the fixtures, the
 * wild corpus and 30 generated wild repositories, as {@link CatalogImporter} and {@link LayoutImporter} build
 * the root (without and with the file's newer Terragrunt names allowed), the checked value is present exactly
 * when the printed root block reads, and then it is the value that print reads back, as is the root import
 * holds (source positions aside).
 */
class RootFileValuesTest {
  private static final List<String> ROOT_NAMES = List.of("terragrunt.hcl", "root.hcl", "main.hcl");

  @TempDir
  Path tmp;

  /** How an importer builds the root of a reader, as {@code want} says. */
  private interface Build {
    Root root(RootFileReader reader, Set<String> allow, RootFileReader.Want want)
        throws CatalogException, HclSyntaxException;
  }

  @Test
  void everyRootFileIsCheckedAsItsPrintedBlockReads() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("stacks-fixtures", "src/test/resources/wild-corpus")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(Files::isDirectory).sorted().forEach(repo -> files.addAll(rootFiles(repo)));
      }
    }
    for (int seed = 1; seed <= 30; seed++) {
      Path repo = tmp.resolve("gen-" + seed);
      WildRepoGenerator.write(seed, repo);
      files.addAll(rootFiles(repo));
    }
    // roots the catalog root cannot hold (or holds only with their names allowed)
    List<String> odd = List.of("inputs = {}\n\nstackgen {\n}\n", "layout = \"exact\"\n",
        "tiers = { a = \"a\" }\n", "local_state_path = \"x\"\n", "provider \"aws\" {\n}\n",
        "terragrunt_next_thing = 1\n", "remote_state {\n  backend = \"s3\"\n}\n\nlocal_state_path = \"x\"\n",
        "# only a comment\n", "");
    for (int k = 0; k < odd.size(); k++) {
      Path f = tmp.resolve("odd-" + k).resolve("terragrunt.hcl");
      Files.createDirectories(f.getParent());
      Files.writeString(f, odd.get(k));
      files.add(f);
    }
    Map<String, Build> builds = Map.of(
        "catalog import", (reader, allow, want) -> reader.root(Optional.empty(), allow, want),
        "layout import", (reader, allow, want) -> RootFileReader.sharedTier("live", reader.file(), allow, want));
    List<String> mismatches = new ArrayList<>();
    int held = 0;
    int refused = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      text = text.substring(ImportText.leadingBlankLineCount(text));
      if (text.indexOf('\r') >= 0 || text.startsWith("\uFEFF")) {
        continue; // hand-kept before any root is built
      }
      RootFileReader reader;
      try {
        reader = new RootFileReader(ImportText.startsWithHeader(text) ? ImportText.stripHeader(text) : text);
      } catch (HclSyntaxException e) {
        continue; // hand-kept as not HCL
      }
      Set<String> unknown = TerragruntSchema.unknownNames(reader.file().body().nodes());
      for (Set<String> allow : unknown.isEmpty() ? List.of(Set.<String>of()) : List.of(Set.<String>of(), unknown)) {
        for (var build : builds.entrySet()) {
          String what = f + " (" + build.getKey() + ", allowing " + allow + ")";
          Root value = build.getValue().root(reader, allow, RootFileReader.Want.UNCHECKED);
          Root read = readBack(CatalogWriter.root(value), allow);
          Root checked;
          try {
            checked = build.getValue().root(reader, allow, RootFileReader.Want.READ);
          } catch (CatalogException e) {
            checked = null;
            refused++;
            assertThatThrownBy(() -> build.getValue().root(reader, allow, RootFileReader.Want.VALUE)).as(what)
                .isInstanceOf(CatalogException.class).hasMessage(e.getMessage());
          }
          if (read == null) {
            if (checked != null) {
              mismatches.add(what + ": a checked value for a block that does not read");
            }
            continue;
          }
          if (checked == null) {
            mismatches.add(what + ": refused, but its block reads");
            continue;
          }
          held++;
          assertThat(build.getValue().root(reader, allow, RootFileReader.Want.VALUE)).as(what).isEqualTo(value);
          String difference = SameValue.difference(checked, read);
          if (difference != null) {
            mismatches.add(what + ": checked value " + difference);
          }
          difference = SameValue.difference(value, read);
          if (difference != null) {
            mismatches.add(what + ": value " + difference);
          }
        }
      }
    }
    System.out.printf("RootFileValuesTest: %d root files, %d roots held, %d refused%n", files.size(), held, refused);
    assertThat(files.size()).as("root files").isGreaterThanOrEqualTo(50);
    assertThat(held).as("roots held").isGreaterThanOrEqualTo(50);
    assertThat(refused).as("roots refused").isGreaterThanOrEqualTo(10);
    assertThat(mismatches).isEmpty();
  }

  /** A root the catalog root cannot hold is refused with the catalog's wording, at the file's line. */
  @Test
  void aRootTheCatalogCannotHoldIsRefusedAsTheCatalogWordsIt() throws Exception {
    RootFileReader reader = new RootFileReader("inputs = {}\n\nstackgen {\n}\n");
    assertThatThrownBy(() -> reader.root(Optional.empty(), Set.of())).isInstanceOf(CatalogException.class)
        .hasMessage("terragrunt.hcl:3:1: stackgen is not allowed in root; it belongs at the top level");
    assertThatThrownBy(() -> RootFileReader.sharedTier("live", reader.file(), Set.of(), RootFileReader.Want.VALUE))
        .isInstanceOf(CatalogException.class).hasMessage("terragrunt.hcl:3:1: stackgen is not allowed in root; it"
            + " belongs at the top level");
    // the catalog's own settings are the importer's: one the file gives as well is given twice
    RootFileReader layout = new RootFileReader("layout = \"exact\"\ninputs = {}\n");
    assertThatThrownBy(() -> layout.root(Optional.empty(), Set.of())).isInstanceOf(CatalogException.class)
        .hasMessage("terragrunt.hcl:1:1: attribute \"layout\" was already set in root: import gives the catalog root"
            + " layout = \"exact\"");
    assertThat(readBack(CatalogWriter.root(layout.root(Optional.empty(), Set.of(), RootFileReader.Want.UNCHECKED)),
        Set.of())).isNull();
  }

  /** The print of a root block read as the catalog reads its main file, else null when the catalog refuses it. */
  private static Root readBack(String root, Set<String> allow) {
    String settings = allow.isEmpty() ? "" : CatalogWriter.settings(new Settings(".", false, "terragrunt.hcl", "",
        Map.of(), Set.of(), new TreeSet<>(allow))) + "\n";
    try {
      return new CatalogParts(new CatalogReader.Source(CatalogReader.MAIN_FILE, settings + root)).model().root();
    } catch (CatalogException | HclSyntaxException e) {
      return null; // an attribute set twice is refused by the parser
    }
  }

  private static List<Path> rootFiles(Path repo) {
    return ROOT_NAMES.stream().map(repo::resolve).filter(p -> Files.isRegularFile(p) && !Files.isSymbolicLink(p))
        .toList();
  }
}
