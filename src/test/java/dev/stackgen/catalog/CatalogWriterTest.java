package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackSyntax;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * write(read(x)) == x for the stack blocks of every fixture catalog: each stack block (the writer covers
 * every one), read into the model and written back, is its source text
 * (header comments included) in canonical layout.
 */
class CatalogWriterTest {
  private static final Path FIXTURES = Path.of("stacks-fixtures");

  private record Case(String where, String canonical, String written) {}

  private static List<Path> catalogFiles(Path repo) throws IOException {
    List<Path> files = new ArrayList<>(List.of(repo.resolve(CatalogReader.MAIN_FILE)));
    Path dropIns = repo.resolve("stackgen.d");
    if (Files.isDirectory(dropIns)) {
      try (Stream<Path> s = Files.list(dropIns)) {
        s.filter(p -> p.toString().endsWith(".hcl")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<Case> cases() throws Exception {
    List<Case> cases = new ArrayList<>();
    List<Path> repos;
    try (Stream<Path> s = Files.list(FIXTURES)) {
      repos = s.filter(p -> Files.isRegularFile(p.resolve(CatalogReader.MAIN_FILE))).sorted().toList();
    }
    assertThat(repos).hasSizeGreaterThanOrEqualTo(11);
    for (Path repo : repos) {
      List<CatalogReader.Source> sources = new ArrayList<>();
      for (Path f : catalogFiles(repo)) {
        String name = repo.relativize(f).toString();
        sources.add(new CatalogReader.Source(name, Files.readString(f)));
      }
      Catalog catalog = CatalogReader.parse(sources);
      for (CatalogReader.Source source : sources) {
        HclFile file = HclParser.parse(source.text(), source.name());
        for (BodyItems.Item item : BodyItems.of(file.body())) {
          if (!(item.node() instanceof Block b) || !b.type().equals(Name.STACK)) {
            continue;
          }
          Stack stack = catalog.stack(b.labels().get(0).value()).orElseThrow();
          StringBuilder x = new StringBuilder();
          for (String line : item.header().lines()) {
            x.append(line).append('\n');
          }
          x.append(Items.text(file, b)).append('\n');
          cases.add(new Case(repo.getFileName() + "/" + source.name() + ": stack " + stack.name(),
              HclFormatter.format(x.toString()), CatalogWriter.stack(stack)));
        }
      }
    }
    return cases;
  }

  @Test
  void everyFixtureStackBlockTheWriterCoversIsWrittenBackAsItsCanonicalText() throws Exception {
    List<Case> cases = cases();
    assertThat(cases).as("stack blocks in the fixtures").hasSizeGreaterThanOrEqualTo(80);
    List<String> differ = new ArrayList<>();
    for (Case c : cases) {
      if (!c.written().equals(c.canonical())) {
        differ.add(c.where() + "\n--- canonical\n" + c.canonical() + "--- written\n" + c.written());
      }
    }
    assertThat(differ).as(String.join("\n", differ)).isEmpty();
  }

  /** The catalogs of the fixtures and of the import goldens, each a repository folder. */
  private static List<Path> catalogRepos() throws IOException {
    List<Path> repos = new ArrayList<>();
    for (Path dir : List.of(FIXTURES, Path.of("src/test/resources/import-golden"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> Files.isRegularFile(p.resolve(CatalogReader.MAIN_FILE))).sorted().forEach(repos::add);
      }
    }
    return repos;
  }

  /**
   * write(read(x)) == x for every file of every fixture catalog and every catalog import writes in its
   * golden tests: the whole file, top-level comments and blank lines included, in canonical layout.
   */
  @TestFactory
  Stream<DynamicTest> everyCatalogFileIsWrittenBackAsItsCanonicalText() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path repo : catalogRepos()) {
      List<CatalogReader.Source> sources = new ArrayList<>();
      for (Path f : catalogFiles(repo)) {
        sources.add(new CatalogReader.Source(repo.relativize(f).toString(), Files.readString(f)));
      }
      Catalog catalog = CatalogReader.parse(sources);
      Map<String, String> written = CatalogWriter.write(catalog);
      assertThat(written.keySet()).as(repo.toString())
          .containsExactlyElementsOf(sources.stream().map(CatalogReader.Source::name).toList());
      for (CatalogReader.Source source : sources) {
        tests.add(DynamicTest.dynamicTest(repo + "/" + source.name(), () -> assertThat(written.get(source.name()))
            .isEqualTo(HclFormatter.format(source.text()))));
      }
    }
    // 11 fixture catalogs (drop-ins has two drop-in files) and the 2 catalogs of the import goldens
    assertThat(tests).hasSize(15);
    return tests.stream();
  }

  /**
   * With no record of how they were written (the canonical form), the settings, root, defaults and the
   * stacks without a module of every fixture (postfix overlays and file blocks included) are written from
   * their model values, and the text reads back to the same
   * settings and tiers, and to a model that is written as the same text.
   */
  @Test
  void theCanonicalFormReadsBackToWhatItWasWrittenFrom() throws Exception {
    int catalogs = 0;
    int modules = 0;
    for (Path repo : catalogRepos()) {
      List<CatalogReader.Source> sources = new ArrayList<>();
      for (Path f : catalogFiles(repo)) {
        sources.add(new CatalogReader.Source(repo.relativize(f).toString(), Files.readString(f)));
      }
      Catalog read = CatalogReader.parse(sources);
      List<Stack> plain = read.stacks().stream().map(CatalogWriterTest::bare).toList();
      Catalog bare = new Catalog(read.settings(), read.root(), read.defaults(), plain, List.of(), read.shared(),
          read.stackFiles());
      Map<String, String> written = CatalogWriter.write(bare);
      assertThat(written.keySet()).containsExactly(CatalogReader.MAIN_FILE);
      Catalog back;
      try {
        back = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, written.get(
            CatalogReader.MAIN_FILE))), Set.of(CatalogReader.POSTFIX_CHECK));
      } catch (CatalogException e) {
        throw new AssertionError(repo + ": " + e.getMessage() + "\n" + written.get(CatalogReader.MAIN_FILE), e);
      }
      assertThat(back.settings()).as(repo.toString()).isEqualTo(read.settings());
      assertThat(back.root().tiers().stream().map(t -> t.name() + "=" + t.value().text().strip()).toList())
          .as(repo.toString()).isEqualTo(read.root().tiers().stream().map(t -> t.name() + "=" + t.value().text()
              .strip()).toList());
      assertThat(back.root().custom()).isEqualTo(read.root().custom());
      assertThat(back.root().handKept()).isEqualTo(read.root().handKept());
      // every module call, written in the canonical form, reads back to the same call with its layout stated
      // (multi-line values aligned by the formatter)
      for (Stack st : read.stacks()) {
        if (st.module().isPresent()) {
          assertThat(ModuleCanonicalWriterTest.sourcesAndAlignmentAside(back.stack(st.name()).orElseThrow().module()
              .orElseThrow())).as(repo + ": stack " + st.name()).isEqualTo(ModuleCanonicalWriterTest
                  .sourcesAndAlignmentAside(
                      ModuleWriter.stated(st.module().orElseThrow())));
          modules++;
        }
      }
      // the canonical text is a fixed point: what it reads back to is written as the same text
      Catalog backBare = new Catalog(back.settings(), back.root(), back.defaults(), back.stacks().stream().map(
          CatalogWriterTest::bare).toList(), List.of(), back.shared(), back.stackFiles());
      assertThat(CatalogWriter.write(backBare)).as(repo.toString()).isEqualTo(written);
      catalogs++;
    }
    assertThat(catalogs).isGreaterThanOrEqualTo(10);
    assertThat(modules).as("module calls in the fixtures and import goldens").isGreaterThanOrEqualTo(10);
  }

  /**
   * What the writer still prints as written instead of from the model: nothing, and it stays so. Every
   * {@code stackgen} block is written from its settings (with how its attributes were written), every
   * {@code postfix_overlay} and {@code file} block from the model with how each was written (one record a
   * block), every module block from the call read with how it was written.
   */
  @Test
  void whatIsStillPrintedAsWrittenIsListed() throws Exception {
    List<String> asWritten = new ArrayList<>();
    int settingsBlocks = 0;
    int overlays = 0;
    for (Path repo : catalogRepos()) {
      List<CatalogReader.Source> sources = new ArrayList<>();
      for (Path f : catalogFiles(repo)) {
        sources.add(new CatalogReader.Source(repo.relativize(f).toString(), Files.readString(f)));
      }
      Catalog catalog = CatalogReader.parse(sources);
      for (CatalogSyntax.FileText f : catalog.syntax().files()) {
        for (CatalogSyntax.TopBlock b : f.blocks()) {
          if (b.key().equals(Name.STACKGEN)) {
            assertThat(b.settings()).as(repo + ": how its stackgen block was written").isNotNull();
            assertThat(b.settings().asRead()).isEqualTo(catalog.settings());
            settingsBlocks++;
          }
        }
      }
      for (Stack st : catalog.stacks()) {
        if (st.module().isPresent() && st.syntax().asRead().moduleSyntax().isEmpty()) {
          asWritten.add(repo.getFileName() + ": stack " + st.name() + " module");
        }
        assertThat(st.syntax().overlays()).as(repo + ": how each overlay outside a file block was written")
            .hasSize((int) st.syntax().order().stream().filter(p -> p == StackSyntax.Part.OVERLAY).count());
        assertThat(st.syntax().files()).as(repo + ": how each file block was written").hasSize(st.files().size());
        overlays += st.overlays().size();
      }
    }
    assertThat(settingsBlocks).as("stackgen blocks in the fixtures and import goldens").isEqualTo(9);
    assertThat(overlays).as("postfix overlays in the fixtures and import goldens").isGreaterThanOrEqualTo(1);
    assertThat(asWritten).isEmpty();
  }

  /**
   * A {@code stackgen} block is written from its settings: changed settings are written in the canonical
   * form (defaults left out), with {@code allow_terragrunt}, and read back to the same settings.
   */
  @Test
  void changedSettingsAreWrittenFromTheModel() throws Exception {
    String text = """
        stackgen {
          header = false # kept while the settings are as read
          allow_terragrunt = ["frobnicate"]
        }

        root {
          tiers = { app = "app" }
        }
        """;
    Catalog read = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)));
    assertThat(read.settings().allowTerragrunt()).containsExactly("frobnicate");
    assertThat(CatalogWriter.write(read).get(CatalogReader.MAIN_FILE)).isEqualTo(HclFormatter.format(text));
    Catalog changed = new Catalog(read.settings().withAllowTerragrunt(Set.of("frobnicate", "terraform.quux")),
        read.root(), read.defaults(), read.stacks(), List.of(), read.shared(), read.stackFiles(), read.syntax());
    String written = CatalogWriter.write(changed).get(CatalogReader.MAIN_FILE);
    assertThat(written).startsWith("""
        stackgen {
          stacks_dir = "stacks"
          header     = false
          allow_terragrunt = [
            "frobnicate",
            "terraform.quux",
          ]
        }
        """);
    Catalog back = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, written)));
    assertThat(back.settings()).isEqualTo(changed.settings());
  }

  /** A stackgen block on one line, empty, or with comments inside and after it is written back as read. */
  @Test
  void stackgenBlocksWrittenAnyWayAreWrittenBack() throws Exception {
    String root = "\nroot {\n  tiers = { app = \"app\" }\n}\n";
    List<String> blocks = List.of("stackgen { header = false }\n", "stackgen {}\n", "stackgen {\n}\n",
        "stackgen { # open\n  # above\n  header = false\n\n  allow_terragrunt = [\"a\", \"b\"]\n  # closing\n} # after\n",
        "# header comment\nstackgen {\n  allow_terragrunt = [\n    \"x\",\n  ]\n  stacks_dir = \"live\"\n}\n");
    for (String block : blocks) {
      String text = block + root;
      Catalog read;
      try {
        read = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)), Set.of(
            CatalogReader.POSTFIX_CHECK));
      } catch (CatalogException e) {
        throw new AssertionError(block + e.getMessage(), e);
      }
      assertThat(CatalogWriter.write(read).get(CatalogReader.MAIN_FILE)).as(block).isEqualTo(HclFormatter.format(
          text));
    }
  }

  /** The stack without its record of how it was written (overlays, file blocks and module block included). */
  private static Stack bare(Stack st) {
    return st.withSyntax(StackSyntax.NONE);
  }

  @Test
  void theWrittenTextIsCanonical() throws Exception {
    for (Case c : cases()) {
      assertThat(HclFormatter.isCanonical(c.written())).as(c.where()).isTrue();
    }
  }
}
