package dev.stackgen.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis behind the diagnostics, and the ranges they are shown at. */
class AnalysisTest {
  private static final String ROOT = "root {\n  tiers = {\n    core = \"0-core\"\n  }\n}\n\n";

  @Test
  void aDuplicateStackIsAnErrorOverItsTypeAndLabel(@TempDir Path dir) throws Exception {
    String text = ROOT + "stack \"a\" {\n  tier = \"core\"\n  state = \"local\"\n}\n\n"
        + "stack \"a\" {\n  tier = \"core\"\n  state = \"local\"\n}\n";
    Files.writeString(dir.resolve("stackgen.hcl"), "");
    Analysis.Result r = Analysis.run(dir, Map.of("stackgen.hcl", text));
    assertThat(r.catalog()).isNull();
    Analysis.Problem p = r.problems().get(0);
    assertThat(p.message()).contains("duplicate stack \"a\"");
    assertThat(Positions.problemRange(text, p.line(), p.column(), p.wholeLine()))
        .isEqualTo(new Range(new Position(11, 0), new Position(11, 9)));
  }

  @Test
  void everyGraphErrorIsReportedNotOnlyTheFirst(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder(ROOT);
    for (String[] s : new String[][] {{"a", "b"}, {"b", "a"}, {"c", "d"}, {"d", "c"}}) {
      text.append("stack \"").append(s[0]).append("\" {\n  tier = \"core\"\n  state = \"local\"\n  dependency \"")
          .append(s[1]).append("\" {}\n}\n\n");
    }
    Files.writeString(dir.resolve("stackgen.hcl"), "");
    Analysis.Result r = Analysis.run(dir, Map.of("stackgen.hcl", text.toString()));
    assertThat(r.catalog()).isNull();
    assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Analysis.Kind.ERROR);
      assertThat(p.message()).contains("cycle");
    });
    assertThat(r.problems()).extracting(Analysis.Problem::message).containsExactly("cycle: a -> b -> a",
        "cycle: c -> d -> c");
  }

  @Test
  void syntaxErrorsOfEveryFileAreReported(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("stackgen.d"));
    Files.writeString(dir.resolve("stackgen.hcl"), ROOT);
    Files.writeString(dir.resolve("stackgen.d/a.hcl"), "stack \"a\" {\n");
    Analysis.Result r = Analysis.run(dir, Map.of("stackgen.d/b.hcl", "stack \"b\" {\n  tier = \n}\n"));
    assertThat(r.problems()).extracting(Analysis.Problem::file).containsExactly("stackgen.d/a.hcl",
        "stackgen.d/b.hcl");
  }

  @Test
  void workspaceSymbolsFindTheStacksOfTheWorkspaceCatalogBeforeAnyFileIsOpen(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), ROOT + "stack \"mailer\" {\n  tier = \"core\"\n}\n");
    StackgenLanguageServer server = new StackgenLanguageServer();
    org.eclipse.lsp4j.InitializeParams params = new org.eclipse.lsp4j.InitializeParams();
    params.setWorkspaceFolders(java.util.List.of(new org.eclipse.lsp4j.WorkspaceFolder(dir.toUri().toString(), "w")));
    server.initialize(params).get();
    var symbols = server.symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("mail")).get().getRight();
    assertThat(symbols).singleElement().satisfies(s -> {
      assertThat(s.getName()).isEqualTo("mailer");
      assertThat(s.getLocation().getLeft().getUri()).isEqualTo(dir.resolve("stackgen.hcl").toUri().toString());
      assertThat(s.getLocation().getLeft().getRange().getStart()).isEqualTo(new Position(6, 7));
    });
  }
}
