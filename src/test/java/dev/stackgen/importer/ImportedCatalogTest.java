package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import checks its catalog one candidate at a time: a catalog error names its candidate by the source it
 * was checked under and is placed at the repository line of the node it is about (never found by scanning
 * the error's text or the written catalog), and the catalog written is the checked model printed back.
 */
class ImportedCatalogTest {
  private static final String ROOT = "locals {\n  tiers = { apps = \"apps\" }\n}\n";

  @TempDir
  Path temp;

  private Path repo(Map<String, String> stacks) throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    Files.writeString(repo.resolve("terragrunt.hcl"), ROOT);
    for (var e : stacks.entrySet()) {
      Files.createDirectories(repo.resolve("stacks/" + e.getKey()));
      Files.writeString(repo.resolve("stacks/" + e.getKey() + "/terragrunt.hcl"), e.getValue());
    }
    return repo;
  }

  private static CatalogImporter.Result importRepo(Path repo) throws Exception {
    return new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
  }

  @Test
  void anExactStackIsLeftAloneAtTheLineOfTheDependencyNotAtItsNameInAComment() throws Exception {
    // two blank lines first (the reader sees the file from line 3), the name "gone" in a comment above
    Path repo = repo(Map.of("ok", "inputs = {}\n",
        "stale", "\n\n# \"gone\" moved to another repository\n\ndependency \"gone\" {\n  config_path  = \"../gone\"\n"
            + "  skip_outputs = true\n}\n"));

    CatalogImporter.Result r = importRepo(repo);

    assertThat(r.stacks()).containsExactly("ok");
    assertThat(r.leftAlone()).containsEntry("stacks/stale/terragrunt.hcl", "line 5: the catalog cannot hold it:"
        + " stack \"stale\" depends on unknown stack \"gone\"");
    assertThat(r.catalog()).contains("stack \"ok\"").doesNotContain("stale");
  }

  /**
   * A root value holding items the catalog root refuses is checked as the catalog reads a root block: the root
   * file is left alone with the catalog's reason (layout = "none"), never a write refused as a bug by the read
   * back.
   */
  @Test
  void aRootTheCatalogCannotHoldIsLeftAloneWithTheCatalogsReason() throws Exception {
    Path repo = repo(Map.of("api", "inputs = {}\n"));
    Files.writeString(repo.resolve("terragrunt.hcl"), ROOT + "\nstackgen {\n}\n");
    CatalogImporter.Result r = importRepo(repo);
    assertThat(r.stacks()).containsExactly("api");
    assertThat(r.leftAlone().get("terragrunt.hcl")).contains("(the catalog owns no root: layout = \"none\"): the"
        + " catalog root cannot hold it: stackgen is not allowed in root");
  }

  /**
   * A root file giving an attribute the catalog root's settings give too (here {@code layout}, which import
   * adds to a root without remote_state) is left alone: the block of both would set it twice.
   */
  @Test
  void aRootSettingWhatImportAddsIsLeftAlone() throws Exception {
    Path repo = repo(Map.of("api", "inputs = {}\n"));
    Files.writeString(repo.resolve("terragrunt.hcl"), "layout = \"flat\"\n");
    CatalogImporter.Result r = importRepo(repo);
    assertThat(r.stacks()).containsExactly("api");
    assertThat(r.leftAlone().get("terragrunt.hcl")).isEqualTo(CatalogImporter.HAND_KEPT_ROOT + "the catalog root"
        + " cannot hold it: attribute \"layout\" was already set in root: import gives the catalog root layout ="
        + " \"exact\"");
  }

  @Test
  void aStackInTheDefaultLayoutIsPlacedThroughItsIncludeAndComments() throws Exception {
    Path repo = repo(Map.of("web",
        "# web, was \"old\" once\n\ninclude \"root\" {\n  path = find_in_parent_folders()\n}\n\n"
            + "inputs = {}\n\ndependency \"old\" {\n  config_path = \"../old\"\n}\n", "api", "inputs = {}\n"));

    CatalogImporter.Result r = importRepo(repo);

    assertThat(r.stacks()).containsExactly("api");
    assertThat(r.leftAlone()).containsEntry("stacks/web/terragrunt.hcl", "line 9: the catalog cannot hold it:"
        + " stack \"web\" depends on unknown stack \"old\"");
  }

  @Test
  void aCatalogErrorNamesItsCandidateByTheSourceItWasCheckedUnder() throws Exception {
    Path repo = repo(Map.of());
    String head =
        "stackgen {\n  stacks_dir = \"stacks\"\n  header     = true\n}\n\nroot {\n  tiers = { apps = \"apps\" }\n}\n";
    Map<String, CandidateBlock> blocks = new LinkedHashMap<>();
    blocks.put("stacks/a/terragrunt.hcl", CandidateBlock.of("stack \"a\" {\ntier = \"apps\"\n}\n"));
    blocks.put("stacks/b/terragrunt.hcl", CandidateBlock.of("stack \"b\" {\ntier = \"nope\"\n}\n"));

    assertThatThrownBy(() -> imported(head, blocks).check(repo, Set.of()))
        .isInstanceOfSatisfying(CatalogException.class,
            e -> assertThat(e.source().file()).isEqualTo("stacks/b/terragrunt.hcl"));
  }

  @Test
  void theCatalogWrittenIsTheCheckedModelPrintedBackAndAnythingElseIsRefused() throws Exception {
    Path repo = repo(Map.of());
    String head =
        "stackgen {\n  stacks_dir = \"stacks\"\n  header     = true\n}\n\nroot {\n  tiers = { apps = \"apps\" }\n}\n";
    Map<String, CandidateBlock> blocks = new LinkedHashMap<>();
    blocks.put("stacks/a/terragrunt.hcl", CandidateBlock.of("stack \"a\" {\ntier = \"apps\"\n}\n"));
    ImportedCatalog fine = imported(head, blocks);
    Catalog checked = fine.check(repo, Set.of());
    assertThat(fine.written(repo, Set.of(), checked)).isEqualTo(ImportedCatalog.IMPORTED + "\n\n" + head
        + "\nstack \"a\" {\n  tier = \"apps\"\n}\n");

    // a block the catalog reads but does not print back as it stands (not canonical): nothing written
    blocks.put("stacks/b/terragrunt.hcl", new CandidateBlock("stack \"b\" {\ntier =   \"apps\"\n}\n", List.of()));
    ImportedCatalog skewed = imported(head, blocks);
    Catalog read = skewed.check(repo, Set.of());
    assertThatThrownBy(() -> skewed.written(repo, Set.of(), read)).isInstanceOf(CatalogException.class)
        .hasMessageContaining("nothing written");
  }

  @Test
  void aCandidatesValueThatIsNotWhatItsTextReadsBackIsRefused() throws Exception {
    Path repo = repo(Map.of());
    String head =
        "stackgen {\n  stacks_dir = \"stacks\"\n  header     = true\n}\n\nroot {\n  tiers = { apps = \"apps\" }\n}\n";
    String text = "stack \"a\" {\n  tier = \"apps\"\n  inputs = {\n    x = 1\n  }\n}\n";
    dev.stackgen.model.Stack same = dev.stackgen.catalog.StackBlocks.read(text, dev.stackgen.model.Declarations.NONE)
        .get(0);
    dev.stackgen.model.Stack other = dev.stackgen.catalog.StackBlocks.read(text.replace("x = 1", "x = 2"),
        dev.stackgen.model.Declarations.NONE).get(0);

    ImportedCatalog fine = imported(head, Map.of("stacks/a/terragrunt.hcl",
        new CandidateBlock(text, List.of(), same)));
    assertThat(fine.written(repo, Set.of(), fine.check(repo, Set.of()))).endsWith(text);

    ImportedCatalog skewed = imported(head, Map.of("stacks/a/terragrunt.hcl",
        new CandidateBlock(text, List.of(), other)));
    Catalog read = skewed.check(repo, Set.of());
    // the value is what is checked and written: its print is not the candidate's text, so nothing is written
    assertThatThrownBy(() -> skewed.written(repo, Set.of(), read))
        .isInstanceOfSatisfying(CatalogException.class,
            e -> assertThat(e.source().file()).isEqualTo("stacks/a/terragrunt.hcl"))
        .hasMessageContaining("is not the candidates' text (line 15 is `    x = 1` in the file, `    x = 2` rendered)")
        .hasMessageContaining("nothing written");
  }

  /**
   * The check reads no candidate's text when the candidate has a model value: a value next to text that is
   * not even HCL is checked (and the value's errors found), and only {@link ImportedCatalog#written} sees the
   * text, refusing to write a print that is not it.
   */
  @Test
  void theCheckTakesEachValueAsItIsAndReadsNoTextOfItsCandidate() throws Exception {
    Path repo = repo(Map.of());
    String head =
        "stackgen {\n  stacks_dir = \"stacks\"\n  header     = true\n}\n\nroot {\n  tiers = { apps = \"apps\" }\n}\n";
    String text = "stack \"a\" {\n  tier = \"apps\"\n}\n";
    dev.stackgen.model.Stack a = dev.stackgen.catalog.StackBlocks.read(text, dev.stackgen.model.Declarations.NONE)
        .get(0);
    ImportedCatalog notText = imported(head, Map.of("stacks/a/terragrunt.hcl",
        new CandidateBlock("{{{ not HCL", List.of(), a)));
    Catalog checked = notText.check(repo, Set.of());
    assertThat(checked.stacks()).containsExactly(a);
    assertThatThrownBy(() -> notText.written(repo, Set.of(), checked)).isInstanceOf(CatalogException.class)
        .hasMessageContaining("is not the candidates' text").hasMessageContaining("nothing written");

    // the value is what is checked: a value with an unknown tier fails next to text whose tier is known
    dev.stackgen.model.Stack unknownTier = dev.stackgen.catalog.StackBlocks.read(text.replace("\"apps\"",
        "\"appz\""), dev.stackgen.model.Declarations.NONE).get(0);
    ImportedCatalog skewed = imported(head, Map.of("stacks/a/terragrunt.hcl",
        new CandidateBlock(text, List.of(), unknownTier)));
    assertThatThrownBy(() -> skewed.check(repo, Set.of())).isInstanceOf(CatalogException.class)
        .hasMessageContaining("tier \"appz\" is not a key of root.tiers")
        .hasMessageContaining("please report this as a bug");
  }

  /**
   * The catalog written is read back as every later command reads it, against the repository as it is then:
   * a reference the check found that is gone by the time of writing refuses the write.
   */
  @Test
  void theWrittenCatalogIsReadBackWithTheChecksAgainstTheRepository() throws Exception {
    Path repo = repo(Map.of());
    Files.createDirectories(repo.resolve("stacks"));
    Files.writeString(repo.resolve("stacks/common.hcl"), "locals {}\n");
    String head =
        "stackgen {\n  stacks_dir = \"stacks\"\n  header     = true\n}\n\nroot {\n  tiers = { apps = \"apps\" }\n}\n";
    ImportedCatalog pieces = imported(head, Map.of("stacks/a/terragrunt.hcl", CandidateBlock.of(
        "stack \"a\" {\ntier = \"apps\"\nlocals {\nc = read_terragrunt_config(\"../common.hcl\")\n}\n}\n")));
    Catalog checked = pieces.check(repo, Set.of());
    Files.delete(repo.resolve("stacks/common.hcl"));
    assertThatThrownBy(() -> pieces.written(repo, Set.of(), checked)).isInstanceOf(CatalogException.class)
        .hasMessageContaining("the catalog written does not read back (stackgen.hcl:14:3: stack \"a\":"
            + " read_terragrunt_config(\"../common.hcl\") reads stacks/common.hcl, which is neither")
        .hasMessageContaining("nothing written");
  }

  /** Catalogs differ as values apart from positions, warnings and how their files are written. */
  @Test
  void twoCatalogsAreTheSameValueWherePositionsAndLayoutAside() throws Exception {
    String text = "root {\n  tiers = { apps = \"apps\" }\n}\n\nstack \"a\" {\n  tier = \"apps\"\n}\n\n"
        + "stack \"b\" {\n  tier = \"apps\"\n}\n";
    Catalog one = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)));
    Catalog moved = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        "# moved down\n\n" + text.replace("stack \"a\" {\n  tier = \"apps\"\n}", "stack \"a\" { tier = \"apps\" }"))));
    assertThat(one).isNotEqualTo(moved);
    assertThat(SameValue.catalogDifference(one, moved)).isNull();
    Catalog other = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        text.replace("stack \"b\" {\n  tier = \"apps\"\n}",
            "stack \"b\" {\n  tier = \"apps\"\n  use_defaults = false\n}"))));
    assertThat(SameValue.catalogDifference(one, other)).isEqualTo(".stacks[1].useDefaults: true / false");
  }

  /**
   * {@link ImportedCatalog} parses catalog text in one place on the way to writing, the one read back of the
   * text written (issue 22): the head is its settings and root values ({@code CatalogParts} of values: no
   * head text read; a root holding a file's items is checked where it is built, on the file's nodes), every
   * candidate with a value is added as that value (a stack, a shared file, a stack file),
   * and the text fallbacks are only on the way to a refusal: a candidate whose value the catalog's readers
   * refused (its block's text words and places the refusal), and a failed model check whose error is at no
   * candidate's value (the candidates' text places it).
   */
  @Test
  void importParsesCatalogTextOnlyToReadBackWhatItWritesAndToPlaceARefusal() throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/stackgen/importer/ImportedCatalog.java"));
    assertThat(source.split("CatalogReader\\.parse", -1)).hasSize(3);
    assertThat(method(source, "  private CatalogException placed(")).contains("CatalogReader.parseFor(repo, sources");
    assertThat(method(source, "  String written(")).contains("CatalogReader.parseFor(repo, List.of(");
    String check = method(source, "  Catalog check(");
    assertThat(check).doesNotContain("CatalogReader.parse", "head)", "MAIN_FILE")
        .contains("ModelCheck.check(repo, model, skippedChecks)", "new CatalogParts(settings, root, rootDeclared",
            "parts.add(e.getKey(), c.value())", "parts.add(e.getKey(), c.shared())",
            "parts.add(e.getKey(), c.stackFile())")
        .contains("blocks.containsKey(e.source().file()) ? inFile(e, false) : inFile(placed(");
    // the one text read in the check is in the branch of a candidate without a value, on the way to its refusal
    assertThat(check.split("parts\\.read\\(", -1)).hasSize(2);
    assertThat(check.substring(check.indexOf("c.stackFile() != null"), check.indexOf("parts.read(")))
        .contains("} else {");
    assertThat(check.substring(check.indexOf("parts.read("))).startsWith(
        "parts.read(new CatalogReader.Source(e.getKey(), c.text()));\n        } catch (CatalogException error) {\n"
            + "          throw inFile(error, true);");
    // no importer builds a head of text for CatalogParts, nor a shared or stack_file block's value from text
    Path dir = Path.of("src/main/java/dev/stackgen/importer");
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("new CatalogParts(new CatalogReader.Source");
      }
    }
    assertThat(Files.readString(dir.resolve("LayoutCandidate.java"))).contains(
        "FileBlockValues.stackFile(file, dir, allowTerragrunt)", "FileBlockValues.shared(file, allowTerragrunt)");
    assertThat(Files.readString(dir.resolve("LayoutImporter.java")))
        .contains("new ImportedCatalog(settings, root, declared, blocks)")
        .doesNotContain("CatalogWriter.settings", "CatalogWriter.root");
    assertThat(Files.readString(dir.resolve("CatalogImporter.java"))).contains("new ImportedCatalog(settings")
        .doesNotContain("CatalogWriter.settings", "CatalogWriter.root", "block.origin(");
    // the root is checked where it is built, on the file's nodes; the head of values reads no text
    assertThat(Files.readString(dir.resolve("RootFileReader.java")))
        .contains("FileBlockValues.root(settings, canonical, allowTerragrunt)")
        .doesNotContain("import dev.stackgen.catalog.CatalogWriter;", "CatalogReader", "CatalogParts");
    assertThat(Files.readString(dir.resolve("CatalogImporter.java")))
        .contains("root.root(committedTiers, settings.allowTerragrunt())");
    assertThat(Files.readString(dir.resolve("LayoutImporter.java")))
        .contains("RootFileReader.sharedTier(TIER, rootHcl, rootUnknown, RootFileReader.Want.VALUE)");
    String parts = Files.readString(Path.of("src/main/java/dev/stackgen/catalog/CatalogParts.java"));
    String values = parts.substring(parts.indexOf("  public CatalogParts(Settings settings"), parts.indexOf(
        "  public CatalogParts(CatalogReader.Source head)"));
    assertThat(values).doesNotContain("HclParser", "readFile", "CatalogWriter", "throws");
    String fileValues = Files.readString(Path.of("src/main/java/dev/stackgen/catalog/FileBlockValues.java"));
    // its one parse is of the settings import adds, never of the file's text or a block's print
    assertThat(fileValues).doesNotContain("CatalogWriter", "CatalogBuilder");
    assertThat(fileValues.split("HclParser\\.parse\\(", -1)).hasSize(2);
    assertThat(fileValues).contains("HclParser.parse(HclFormatter.format(text.toString(), file.fileName())");
  }

  /** An imported catalog of the settings and root {@code head} states (read from it) and {@code blocks}. */
  private static ImportedCatalog imported(String head, Map<String, CandidateBlock> blocks) throws Exception {
    Catalog c = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, head)));
    return new ImportedCatalog(c.settings(), c.root(), dev.stackgen.model.Declarations.NONE, blocks);
  }

  /** The text of the method declared by {@code declaration}, to its closing brace. */
  private static String method(String source, String declaration) {
    int at = source.indexOf(declaration);
    assertThat(at).as(declaration).isNotNegative();
    return source.substring(at, source.indexOf("\n  }\n", at));
  }

  /**
   * A stack file's candidate is probed as a model value (built from the file's nodes): StackProbe formats and
   * reads catalog text in one adapter only, {@code stackOfCatalogText}, for the module blocks MainFileReader
   * still returns as text (file and postfix_overlay blocks are OverlayImporter's values, taken as they are),
   * and nothing else in the importer reads a stack block.
   */
  @Test
  void aStackFileIsProbedAsAValueAndCatalogTextIsReadInOneAdapter() throws Exception {
    Path dir = Path.of("src/main/java/dev/stackgen/importer");
    List<String> readers = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        String text = Files.readString(f);
        int at = text.indexOf("StackBlocks.read(");
        while (at >= 0) {
          readers.add(f.getFileName() + " in " + enclosingMethod(text, at));
          at = text.indexOf("StackBlocks.read(", at + 1);
        }
      }
    }
    assertThat(readers).as("no import source reads a stack block's text back").isEmpty();
    String probe = Files.readString(dir.resolve("StackProbe.java"));
    assertThat(probe).doesNotContain("HclFormatter", "stackOfCatalogText", "String items");
    String stackFiles = Files.readString(dir.resolve("StackFileReader.java"));
    assertThat(stackFiles).contains("probe.rendered(value, path, canonical)").doesNotContain("natural.text(), path")
        .contains("StackBlocks.fromFile(").doesNotContain("stackOfCatalogText");
    assertThat(enclosingMethod(stackFiles, stackFiles.indexOf("blocks.files()"))).isEqualTo("stack");
  }

  /**
   * The module and overlay file readers build no catalog text to parse (issue 22): their candidates are model
   * values ({@code ModuleBlocks}, {@code StackBlocks.withFiles}) rendered as they are; the text of a
   * kept block is printed from the value by the catalog writer.
   */
  @Test
  void moduleAndOverlayReadersBuildNoCatalogTextToParse() throws Exception {
    Path dir = Path.of("src/main/java/dev/stackgen/importer");
    String main = Files.readString(dir.resolve("MainFileReader.java"));
    String overlay = Files.readString(dir.resolve("OverlayFileReader.java"));
    for (String source : List.of(main, overlay)) {
      assertThat(source).doesNotContain("StackBlocks.read(", "stackOfCatalogText", "Name.MODULE + \" \"",
          "Name.LAYOUT + \" {", "Name.DERIVE + \" {", "Name.ELSEWHERE + \" {", "\" {\\n\"", "append(Name.",
          "HclParser.parse(block", "probe.render(name");
    }
    assertThat(main).contains("ModuleBlocks.of(", "wrapper.read(", "probe.render(new Stack(");
    assertThat(overlay).contains("probe.render(StackBlocks.withFiles(", "CatalogWriter.fileBlock(r.file())");
    // the one parse in MainFileReader's candidates is of main.tf itself, in canonical form
    assertThat(main.split("HclParser\\.parse\\(", -1)).hasSize(3); // wrapperShape's and moduleBlock's
    assertThat(overlay).doesNotContain("HclParser");
  }

  /** The name of the method whose body holds {@code offset} (the last declaration before it). */
  private static String enclosingMethod(String text, int offset) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\\n  (?:static |private |public )*[\\w<>\\[\\], .]+ (\\w+)\\(").matcher(text.substring(0, offset));
    String name = null;
    while (m.find()) {
      name = m.group(1);
    }
    return name;
  }

  /**
   * The import sources read catalog text in one place, {@link ImportedCatalog#check} (one source per
   * candidate), never look for a catalog position in an error message, and never put the stackgen or root
   * block together as text (they are {@code CatalogWriter.settings} of a Settings value and
   * {@code CatalogWriter.root} of a Root value).
   */
  @Test
  void importReadsCatalogTextOnlyPerCandidateAndNeverParsesAnErrorMessage() throws Exception {
    Path dir = Path.of("src/main/java/dev/stackgen/importer");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        String text = Files.readString(f);
        String name = f.getFileName().toString();
        if (!name.equals("ImportedCatalog.java") && (text.contains("CatalogReader.parse")
            || text.contains("new CatalogReader.Source("))) {
          offenders.add(name + ": reads catalog text");
        }
        if (text.contains("Pattern.quote(CatalogReader.MAIN_FILE)") || text.contains("matcher(e.getMessage())")
            || text.contains("matcher(message)") || text.contains("Pattern.compile(\"^stack ")) {
          offenders.add(name + ": finds a candidate by a catalog line");
        }
        // the stackgen block is a Settings value printed by CatalogWriter.settings, never text put together
        // nor is the root block: a Root value printed by CatalogWriter.root
        if (text.contains("Name.ROOT + \" {")) {
          offenders.add(name + ": writes the root block as text");
        }
        for (String setting : List.of("STACKGEN", "STACKS_DIR", "ROOT_FILE", "HEADER", "LEADING_BLANK_LINES",
            "NO_FINAL_NEWLINE", "ALLOW_TERRAGRUNT")) {
          if (text.matches("(?s).*Name\\." + setting + "\\b.*")) {
            offenders.add(name + ": writes the stackgen block's " + setting.toLowerCase(java.util.Locale.ROOT)
                + " as text");
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
    assertThat(CatalogReader.MAIN_FILE).isEqualTo("stackgen.hcl");
  }
}
