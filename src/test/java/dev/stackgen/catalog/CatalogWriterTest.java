package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * write(read(x)) == x for the stack blocks of every fixture catalog: each stack block the writer
 * covers ({@link CatalogWriter#canWrite}), read into the model and written back, is its source text
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
          if (!CatalogWriter.canWrite(stack)) {
            continue;
          }
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

  /** A setting line of a stack block: {@code tier}, {@code state}, {@code use_defaults}, {@code layout}. */
  private static final Pattern SETTING = Pattern.compile("  (" + Name.TIER + "|" + Name.STATE + "|"
      + Name.USE_DEFAULTS + "|" + Name.LAYOUT + ")\\s*=.*");
  /** Settings written at their default value, which the model does not tell from leaving them out. */
  private static final Set<String> DEFAULTS = Set.of(Name.STATE + " = \"pg\"", Name.USE_DEFAULTS + " = true",
      Name.LAYOUT + " = \"default\"");
  private static final Pattern ONE_LINE = Pattern.compile("(" + Name.STACK + " \"[^\"]*\") \\{ (.*) }");
  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(#|//|/\\*).*$");

  /**
   * {@code canonical} without what the model does not carry of the stack's settings: the comment after
   * a setting, the comment lines directly above one, a setting written at its default value, and the
   * one-line form of a block.
   */
  static String withoutSettingTrivia(String canonical) {
    List<String> lines = new ArrayList<>(canonical.lines().toList());
    Matcher oneLine = ONE_LINE.matcher(lines.get(lines.size() - 1));
    if (oneLine.matches()) { // the model does not carry the one-line form either
      lines.set(lines.size() - 1, oneLine.group(1) + " {");
      lines.add("  " + oneLine.group(2));
      lines.add("}");
    }
    int open = 0;
    while (!lines.get(open).startsWith(Name.STACK + " ")) {
      open++;
    }
    for (int i = open + 1; i < lines.size(); i++) {
      if (SETTING.matcher(lines.get(i)).matches()) {
        String setting = TRAILING_COMMENT.matcher(lines.get(i)).replaceFirst("");
        lines.set(i, setting);
        while (i - 1 > open && lines.get(i - 1).matches("  (#|//).*")) {
          lines.remove(--i);
        }
        if (DEFAULTS.contains(setting.replaceAll("\\s+", " ").strip())) {
          lines.remove(i--);
        }
      }
    }
    return HclFormatter.format(String.join("\n", lines) + "\n");
  }

  @Test
  void everyFixtureStackBlockTheWriterCoversIsWrittenBackAsItsCanonicalText() throws Exception {
    List<Case> cases = cases();
    assertThat(cases).as("stack blocks without module, overlay or file blocks in the fixtures")
        .hasSizeGreaterThanOrEqualTo(80);
    List<String> differ = new ArrayList<>();
    int settingTrivia = 0;
    for (Case c : cases) {
      if (c.written().equals(c.canonical())) {
        continue;
      }
      if (c.written().equals(withoutSettingTrivia(c.canonical()))) {
        settingTrivia++;
        continue;
      }
      differ.add(c.where() + "\n--- canonical\n" + c.canonical() + "--- written\n" + c.written());
    }
    assertThat(differ).as(String.join("\n", differ)).isEmpty();
    // the fixtures comment their settings, write state = "pg" or a one-line block in 8 stacks
    assertThat(settingTrivia).isEqualTo(8);
    assertThat(cases.size() - settingTrivia).isGreaterThanOrEqualTo(70);
  }

  @Test
  void theTriviaOfTheSettingsIsAllThatIsLeftOut() {
    assertThat(withoutSettingTrivia("""
        # header
        stack "a" {
          # why core
          tier  = "core" # core
          state = "local"
          // the default
          use_defaults = true

          # kept
          inputs = {}
        }
        """)).isEqualTo("""
        # header
        stack "a" {
          tier  = "core"
          state = "local"

          # kept
          inputs = {}
        }
        """);
  }

  @Test
  void theWrittenTextIsCanonical() throws Exception {
    for (Case c : cases()) {
      assertThat(HclFormatter.isCanonical(c.written())).as(c.where()).isTrue();
    }
  }
}
