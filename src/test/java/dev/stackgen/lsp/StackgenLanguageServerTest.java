package dev.stackgen.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server in process, over LSP4J's JSON-RPC on pipes, on a copy of the homelab catalog: each
 * feature against what the command line says (diagnostics as check reports them, previews as generate
 * writes them, formatting as fmt does).
 */
class StackgenLanguageServerTest {
  @TempDir
  static Path dir;

  static LspSession lsp;
  static String uri;
  static String text;
  static final Path HOMELAB = Fixtures.repoRoot().resolve("stacks-fixtures/homelab");

  @BeforeAll
  static void start() throws Exception {
    text = Files.readString(HOMELAB.resolve("stackgen.hcl"));
    Files.writeString(dir.resolve("stackgen.hcl"), text);
    uri = dir.resolve("stackgen.hcl").toUri().toString();
    lsp = new LspSession();
    lsp.open(uri, text);
  }

  @AfterAll
  static void stop() {
    assertThat(lsp.stop()).as("exit code after shutdown and exit").isZero();
    lsp.close();
  }

  private static TextDocumentIdentifier doc() {
    return new TextDocumentIdentifier(uri);
  }

  /** The position of the {@code nth} occurrence of {@code needle} in the text (plus {@code delta} characters). */
  private static Position at(String needle, int delta) {
    int offset = text.indexOf(needle);
    assertThat(offset).as(needle).isNotNegative();
    return Positions.position(text, offset + delta);
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void theUnchangedCatalogHasNoErrorsAndItsLintFindingsSitOnOverlayLines() throws Exception {
    // the test class shares one session: read this file's first publication before other tests edit
    synchronized (StackgenLanguageServerTest.class) {
      Path other = dir.resolve("clean");
      Files.createDirectories(other);
      Files.writeString(other.resolve("stackgen.hcl"), text);
      String cleanUri = other.resolve("stackgen.hcl").toUri().toString();
      lsp.open(cleanUri, text);
      PublishDiagnosticsParams p = lsp.nextDiagnostics(cleanUri);
      assertThat(p.getDiagnostics()).noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
      assertThat(p.getDiagnostics()).isNotEmpty().allSatisfy(d -> {
        assertThat(d.getMessage()).startsWith("postfix overlay: [");
        int line = d.getRange().getStart().getLine();
        assertThat(line).isBetween(text.substring(0, text.indexOf("postfix_overlay \"postfix_cf\"")).split("\n").length,
            text.substring(0, text.indexOf("# --- HELO")).split("\n").length + 40);
      });
    }
  }

  @Test
  void aMisspelledAttributeIsAnErrorAtItsNameWithTheSuggestionAsAQuickFix() throws Exception {
    synchronized (StackgenLanguageServerTest.class) {
      Path other = dir.resolve("typo");
      Files.createDirectories(other);
      Files.writeString(other.resolve("stackgen.hcl"), text);
      String typoUri = other.resolve("stackgen.hcl").toUri().toString();
      lsp.open(typoUri, text);
      lsp.nextDiagnostics(typoUri);
      // type one letter: "tier" of the webmail stack becomes "tierr"
      Position p = at("stack \"webmail\" {\n  tier", "stack \"webmail\" {\n  tier".length());
      lsp.edit(typoUri, new Range(p, p), "r");
      Diagnostic d = lsp.nextDiagnostics(typoUri).getDiagnostics().stream()
          .filter(x -> x.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
      assertThat(d.getMessage()).contains("\"tierr\"").contains("did you mean \"tier\"?");
      assertThat(d.getRange()).isEqualTo(new Range(new Position(p.getLine(), 2), new Position(p.getLine(), 7)));
      List<CodeAction> fixes = lsp.get(lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
          new TextDocumentIdentifier(typoUri), d.getRange(), new CodeActionContext(List.of(d))))).stream()
          .map(e -> e.getRight()).toList();
      assertThat(fixes).hasSize(1);
      TextEdit edit = fixes.get(0).getEdit().getChanges().get(typoUri).get(0);
      assertThat(edit.getNewText()).isEqualTo("tier");
      assertThat(edit.getRange()).isEqualTo(d.getRange());
      // applying the fix clears the error
      lsp.edit(typoUri, edit.getRange(), edit.getNewText());
      assertThat(lsp.nextDiagnostics(typoUri).getDiagnostics())
          .noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error);
    }
  }

  @Test
  void anUnknownStackAndASyntaxErrorAreErrorsAtTheirPlace() throws Exception {
    synchronized (StackgenLanguageServerTest.class) {
      Path other = dir.resolve("graph");
      Files.createDirectories(other);
      Files.writeString(other.resolve("stackgen.hcl"), text);
      String graphUri = other.resolve("stackgen.hcl").toUri().toString();
      lsp.open(graphUri, text);
      lsp.nextDiagnostics(graphUri);
      Position p = at("dependency \"mailserver\"", "dependency \"".length());
      Range label = new Range(p, new Position(p.getLine(), p.getCharacter() + "mailserver".length()));
      lsp.edit(graphUri, label, "mailservr");
      Diagnostic d = lsp.nextDiagnostics(graphUri).getDiagnostics().stream()
          .filter(x -> x.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
      assertThat(d.getMessage()).contains("unknown stack \"mailservr\"").contains("did you mean \"mailserver\"?");
      assertThat(d.getRange().getStart().getLine()).isEqualTo(p.getLine());
      assertThat(d.getRange().getEnd().getCharacter()).isEqualTo(p.getCharacter() + "mailservr\"".length());
      List<CodeAction> fixes = lsp.get(lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
          new TextDocumentIdentifier(graphUri), d.getRange(), new CodeActionContext(List.of(d))))).stream()
          .map(e -> e.getRight()).toList();
      assertThat(fixes).singleElement().satisfies(f -> {
        TextEdit e = f.getEdit().getChanges().get(graphUri).get(0);
        assertThat(e.getNewText()).isEqualTo("mailserver");
        assertThat(e.getRange()).isEqualTo(new Range(p, new Position(p.getLine(), p.getCharacter() + 9)));
      });
      lsp.edit(graphUri, new Range(p, new Position(p.getLine(), p.getCharacter() + "mailservr".length())),
          "mailserver\" {");
      Diagnostic syntax = lsp.nextDiagnostics(graphUri).getDiagnostics().get(0);
      assertThat(syntax.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(syntax.getRange().getStart().getLine()).isGreaterThanOrEqualTo(p.getLine());
    }
  }

  @Test
  void completionInAStackBlockOffersTheSchemasNames() {
    Position p = at("stack \"webmail\" {\n", "stack \"webmail\" {\n".length());
    List<CompletionItem> items = lsp.get(lsp.server.getTextDocumentService().completion(
        new CompletionParams(doc(), p))).getLeft();
    assertThat(labels(items)).contains("tier", "state", "use_defaults", "layout", "dependency", "module",
        "postfix_overlay", "inputs", "terraform");
    CompletionItem state = items.stream().filter(i -> i.getLabel().equals("state")).findFirst().orElseThrow();
    assertThat(state.getDocumentation().getRight().getValue()).contains("tier-0 bootstrap stack");
  }

  @Test
  void completionOfValuesTiersStacksAndPostfixParameters() {
    String catalog = "root {\n  tiers = {\n    core = \"0-core\"\n    edge = \"3-edge\"\n  }\n}\n"
        + "stack \"a\" {\n  tier = \"\n}\nstack \"b\" {\n  state = \n  dependency \"\" {}\n"
        + "  postfix_overlay \"cf\" {\n    smtpd_tls_sec\n  }\n}\n";
    Map<String, Syntax> repo = Map.of("stackgen.hcl", Syntax.of(catalog));
    int tier = catalog.indexOf("tier = \"") + "tier = \"".length();
    assertThat(labels(Features.complete(catalog, tier, repo))).containsExactly("core", "edge");
    int state = catalog.indexOf("state = ") + "state = ".length();
    assertThat(labels(Features.complete(catalog, state, repo))).containsExactly("local", "pg");
    int dep = catalog.indexOf("dependency \"") + "dependency \"".length();
    assertThat(labels(Features.complete(catalog, dep, repo))).containsExactly("a");
    String bare = catalog.replace("dependency \"\" {}", "dependency ");
    List<CompletionItem> label = Features.complete(bare, bare.indexOf("dependency ") + "dependency ".length(),
        Map.of("stackgen.hcl", Syntax.of(bare)));
    assertThat(label).extracting(CompletionItem::getInsertText).containsExactly("\"a\"");
    int param = catalog.indexOf("smtpd_tls_sec") + "smtpd_tls_sec".length();
    assertThat(labels(Features.complete(catalog, param, repo))).contains("smtpd_tls_security_level", "file",
        "profile", "master");
  }

  @Test
  void hoverShowsTheSchemaDocAndAPostfixParametersDefaults() {
    Position state = at("  state = \"pg\"", 3);
    var hover = lsp.get(lsp.server.getTextDocumentService().hover(new HoverParams(doc(), state)));
    assertThat(hover.getContents().getRight().getValue()).contains("**state**").contains("\"local\" | \"pg\"")
        .contains("tier-0 bootstrap stack");
    Position label = at("dependency \"mailserver\"", "dependency \"ma".length());
    var stack = lsp.get(lsp.server.getTextDocumentService().hover(new HoverParams(doc(), label)));
    assertThat(stack.getContents().getRight().getValue()).startsWith("**stack \"mailserver\"**, tier `edge`")
        .contains("depends on `reloader`, `cert-manager`");
    Position param = at("    smtpd_tls_security_level", 6);
    var postfix = lsp.get(lsp.server.getTextDocumentService().hover(new HoverParams(doc(), param)));
    assertThat(postfix.getContents().getRight().getValue()).contains("**smtpd_tls_security_level**")
        .contains("Default: `").contains("docker-mailserver's main.cf sets: `may`");
  }

  @Test
  void goToDefinitionOfADependencyLabelIsTheStackBlockAndReferencesListTheUses() {
    Position dep = at("dependency \"mailserver\"", "dependency \"m".length());
    List<? extends Location> defs = lsp.get(lsp.server.getTextDocumentService().definition(
        new DefinitionParams(doc(), dep))).getLeft();
    Position stack = at("stack \"mailserver\"", "stack \"".length());
    assertThat(defs).singleElement().satisfies(l -> {
      assertThat(l.getUri()).isEqualTo(uri);
      assertThat(l.getRange()).isEqualTo(new Range(stack, new Position(stack.getLine(), stack.getCharacter() + 10)));
    });
    List<? extends Location> refs = lsp.get(lsp.server.getTextDocumentService().references(
        new ReferenceParams(doc(), stack, new ReferenceContext(true))));
    long uses = text.lines().filter(l -> l.contains("dependency \"mailserver\"")).count();
    assertThat(refs).hasSize((int) uses + 1);
    Position tier = at("  tier  = \"edge\"", "  tier  = \"e".length());
    List<? extends Location> tierDef = lsp.get(lsp.server.getTextDocumentService().definition(
        new DefinitionParams(doc(), tier))).getLeft();
    assertThat(tierDef).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(at(
        "    edge = \"3-edge\"", 4)));
  }

  @Test
  void variablesResolveWithinTheirModuleBlock() {
    Position use = at("= var.tls_secret_name", "= var.".length());
    List<? extends Location> defs = lsp.get(lsp.server.getTextDocumentService().definition(
        new DefinitionParams(doc(), use))).getLeft();
    assertThat(defs).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(at(
        "variable \"tls_secret_name\"", "variable \"".length())));
  }

  @Test
  void symbolsListTheStacksRootAndDefaults() {
    var symbols = lsp.get(lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc())));
    List<String> names = symbols.stream().map(e -> e.getRight().getName()).toList();
    assertThat(names).contains("root", "defaults", "stack \"mailserver\"", "stack \"webmail\"");
    var workspace = lsp.get(lsp.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("mailserv"))).getRight();
    assertThat(workspace).extracting(s -> s.getName()).contains("mailserver");
  }

  @Test
  void formattingGivesTheCanonicalText() {
    List<? extends TextEdit> edits = lsp.get(lsp.server.getTextDocumentService().formatting(
        new DocumentFormattingParams(doc(), new FormattingOptions(2, true))));
    assertThat(edits).singleElement().satisfies(e -> {
      assertThat(e.getNewText()).isEqualTo(HclFormatter.format(text)).isNotEqualTo(text);
      assertThat(e.getRange().getStart()).isEqualTo(new Position(0, 0));
      assertThat(e.getRange().getEnd()).isEqualTo(Positions.position(text, text.length()));
    });
  }

  @Test
  void previewAndCodeLensesAreTheFilesGenerateWrites() throws Exception {
    Object result = lsp.get(lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
        StackgenLanguageServer.PREVIEW, List.of("mailserver", uri))));
    var files = new com.google.gson.Gson().toJsonTree(result).getAsJsonArray();
    assertThat(files.size()).isGreaterThanOrEqualTo(2);
    for (var f : files) {
      String path = f.getAsJsonObject().get("path").getAsString();
      assertThat(path).startsWith("stacks/mailserver/");
      // the homelab fixture is what generate writes (the README's check of it is clean)
      assertThat(f.getAsJsonObject().get("content").getAsString()).as(path)
          .isEqualTo(Files.readString(HOMELAB.resolve(path)));
    }
    var lenses = lsp.get(lsp.server.getTextDocumentService().codeLens(new CodeLensParams(doc())));
    Position stack = at("stack \"mailserver\"", 0);
    assertThat(lenses).filteredOn(l -> l.getRange().getStart().equals(stack)).singleElement().satisfies(l -> assertThat(
        l.getCommand().getTitle()).isEqualTo(files.size() + " files"));
  }

  @Test
  void aDropInFileIsCheckedWithTheMainFileAndNavigatesIntoIt() throws Exception {
    synchronized (StackgenLanguageServerTest.class) {
      Path repo = dir.resolve("dropins");
      Files.createDirectories(repo.resolve("stackgen.d"));
      Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers = {\n    core = \"0-core\"\n  }\n}\n\n"
          + "stack \"a\" {\n  tier  = \"core\"\n  state = \"local\"\n}\n");
      String dropIn = "stack \"b\" {\n  tier  = \"core\"\n  state = \"local\"\n\n  dependency \"a\" {}\n"
          + "  dependency \"nope\" {}\n}\n";
      Path file = repo.resolve("stackgen.d/b.hcl");
      Files.writeString(file, dropIn);
      String dropInUri = file.toUri().toString();
      lsp.open(dropInUri, dropIn);
      Diagnostic d = lsp.nextDiagnostics(dropInUri).getDiagnostics().get(0);
      assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(d.getMessage()).contains("nope");
      assertThat(d.getRange().getStart().getLine()).isEqualTo(5);
      List<? extends Location> defs = lsp.get(lsp.server.getTextDocumentService().definition(
          new DefinitionParams(new TextDocumentIdentifier(dropInUri), new Position(4, 15)))).getLeft();
      assertThat(defs).singleElement().satisfies(l -> {
        assertThat(l.getUri()).isEqualTo(repo.resolve("stackgen.hcl").toUri().toString());
        assertThat(l.getRange()).isEqualTo(new Range(new Position(6, 7), new Position(6, 8)));
      });
      List<CompletionItem> items = lsp.get(lsp.server.getTextDocumentService().completion(
          new CompletionParams(new TextDocumentIdentifier(dropInUri), new Position(5, 14)))).getLeft();
      assertThat(labels(items)).containsExactly("a");
    }
  }
}
