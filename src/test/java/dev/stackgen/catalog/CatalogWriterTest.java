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

  @Test
  void everyFixtureStackBlockTheWriterCoversIsWrittenBackAsItsCanonicalText() throws Exception {
    List<Case> cases = cases();
    assertThat(cases).as("stack blocks without module, overlay or file blocks in the fixtures")
        .hasSizeGreaterThanOrEqualTo(80);
    List<String> differ = new ArrayList<>();
    for (Case c : cases) {
      if (!c.written().equals(c.canonical())) {
        differ.add(c.where() + "\n--- canonical\n" + c.canonical() + "--- written\n" + c.written());
      }
    }
    assertThat(differ).as(String.join("\n", differ)).isEmpty();
  }

  @Test
  void theWrittenTextIsCanonical() throws Exception {
    for (Case c : cases()) {
      assertThat(HclFormatter.isCanonical(c.written())).as(c.where()).isTrue();
    }
  }
}
