package dev.stackgen.lsp;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code stackgen lsp}: a Language Server for catalog files ({@code stackgen.hcl}, {@code stackgen.d/*.hcl}).
 * Diagnostics are what {@code stackgen check} reports, computed from the editor's text 150 ms after the
 * last edit; completion, hover, definitions, references, symbols, formatting, quick fixes, code lenses and
 * the {@code stackgen.preview} command work from the same schema and renderer as the command line.
 * See docs/lsp.md.
 */
public final class StackgenLanguageServer
    implements
      LanguageServer,
      LanguageClientAware,
      TextDocumentService,
      WorkspaceService {
  /** The command that returns the files a stack generates: arguments stack name, then optionally a document URI. */
  public static final String PREVIEW = "stackgen.preview";
  /** Milliseconds between the last edit and the analysis. */
  static final long DEBOUNCE_MS = 150;

  /** An open document. */
  private record Doc(String uri, String text, int version) {}

  /** What is known of one repository: its last analysis and the files it renders (computed when asked). */
  private static final class Repo {
    volatile Analysis.Result result;
    volatile List<GeneratedFile> rendered;
    volatile ScheduledFuture<?> pending;
    final Map<String, String> published = new ConcurrentHashMap<>(); // file name -> uri with diagnostics
  }

  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<Path, Repo> repos = new ConcurrentHashMap<>();
  private final Map<String, Renderer> renderers = new ConcurrentHashMap<>();
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "stackgen-lsp-analysis");
    t.setDaemon(true);
    return t;
  });
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile boolean shutdown;
  private volatile Path templatesOverride;

  /**
   * Serves LSP over {@code in}/{@code out} until the client sends {@code exit} or closes the stream; returns
   * the exit code (0 after {@code shutdown}, 1 otherwise, as LSP asks).
   */
  public static int serve(InputStream in, OutputStream out) throws Exception {
    return serve(in, out, null);
  }

  /**
   * {@link #serve(InputStream, OutputStream)} rendering previews with the templates of {@code templates}
   * where it has them (as {@code --templates DIR} does), instead of the folder the catalog names; null for
   * the catalog's.
   */
  public static int serve(InputStream in, OutputStream out, Path templates) throws Exception {
    StackgenLanguageServer server = new StackgenLanguageServer();
    server.templatesOverride = templates == null ? null : templates.toAbsolutePath().normalize();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    var listening = launcher.startListening();
    CompletableFuture.anyOf(server.exited, CompletableFuture.runAsync(() -> {
      try {
        listening.get();
      } catch (Exception e) {
        // the stream closed
      }
    })).get();
    listening.cancel(true);
    server.worker.shutdownNow();
    return server.exited.getNow(server.shutdown ? 0 : 1);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  // ---------------------------------------------------------------- lifecycle

  @Override
  @SuppressWarnings("deprecation") // rootUri: older clients send only that
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    c.setCompletionProvider(new CompletionOptions(false, List.of("\"", " ", "/")));
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setDocumentSymbolProvider(true);
    c.setWorkspaceSymbolProvider(true);
    c.setDocumentFormattingProvider(true);
    c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    c.setCodeLensProvider(new CodeLensOptions(false));
    c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(PREVIEW)));
    // the workspace's catalog, for workspace symbols before any file is opened
    List<String> roots = new ArrayList<>();
    if (params == null) {
      params = new InitializeParams();
    }
    if (params.getWorkspaceFolders() != null) {
      params.getWorkspaceFolders().forEach(f -> roots.add(f.getUri()));
    } else if (params.getRootUri() != null) {
      roots.add(params.getRootUri());
    }
    for (String root : roots) {
      try {
        Path dir = Path.of(URI.create(root)).toAbsolutePath().normalize();
        if (Files.isRegularFile(dir.resolve(CatalogReader.MAIN_FILE))) {
          repos.computeIfAbsent(dir, k -> new Repo());
        }
      } catch (RuntimeException e) {
        // not a file URI: nothing to find there
      }
    }
    // warm the schema and the lexer while the client opens its first file
    worker.execute(() -> Syntax.of("stack \"x\" {\n  tier = \"y\"\n}\n"));
    return CompletableFuture.completedFuture(
        new InitializeResult(c, new ServerInfo("stackgen", dev.stackgen.Stackgen.version())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.complete(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return this;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return this;
  }

  // ---------------------------------------------------------------- documents

  /** A catalog file's repository and name in it ({@code stackgen.hcl}, {@code stackgen.d/x.hcl}), or null. */
  record CatalogFile(Path repo, String name) {}

  static CatalogFile catalogFile(String uri) {
    Path p;
    try {
      p = Path.of(URI.create(uri)).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    Path parent = p.getParent();
    if (parent == null) {
      return null;
    }
    if (name.equals(CatalogReader.MAIN_FILE)) {
      return new CatalogFile(parent, name);
    }
    if (name.endsWith(".hcl") && parent.getFileName() != null
        && parent.getFileName().toString().equals(CatalogReader.DROP_IN_DIR) && parent.getParent() != null) {
      return new CatalogFile(parent.getParent(), CatalogReader.DROP_IN_DIR + "/" + name);
    }
    return null;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params.getTextDocument();
    docs.put(d.getUri(), new Doc(d.getUri(), d.getText(), d.getVersion()));
    schedule(d.getUri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Doc doc = docs.get(uri);
    if (doc == null) {
      return;
    }
    String text = doc.text();
    for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
      if (change.getRange() == null) {
        text = change.getText();
      } else {
        int start = Positions.offset(text, change.getRange().getStart());
        int end = Positions.offset(text, change.getRange().getEnd());
        text = text.substring(0, start) + change.getText() + text.substring(Math.max(start, end));
      }
    }
    Integer version = params.getTextDocument().getVersion();
    docs.put(uri, new Doc(uri, text, version == null ? doc.version() + 1 : version));
    schedule(uri, DEBOUNCE_MS);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    docs.remove(params.getTextDocument().getUri());
    schedule(params.getTextDocument().getUri(), 0);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // the open text is what counts; a save changes nothing the analysis reads
  }

  private void schedule(String uri, long delayMs) {
    CatalogFile f = catalogFile(uri);
    if (f == null) {
      return;
    }
    Repo repo = repos.computeIfAbsent(f.repo(), k -> new Repo());
    synchronized (repo) {
      if (repo.pending != null) {
        repo.pending.cancel(false);
      }
      repo.pending = worker.schedule(() -> analyse(f.repo(), repo), delayMs, TimeUnit.MILLISECONDS);
    }
  }

  /** The open texts of a repository's catalog files, by name. */
  private Map<String, String> openTexts(Path repo) {
    Map<String, String> open = new LinkedHashMap<>();
    for (Doc d : docs.values()) {
      CatalogFile f = catalogFile(d.uri());
      if (f != null && f.repo().equals(repo)) {
        open.put(f.name(), d.text());
      }
    }
    return open;
  }

  private String uriOf(Path repo, String name) {
    for (Doc d : docs.values()) {
      CatalogFile f = catalogFile(d.uri());
      if (f != null && f.repo().equals(repo) && f.name().equals(name)) {
        return d.uri();
      }
    }
    return repo.resolve(name).toUri().toString();
  }

  private void analyse(Path repoDir, Repo repo) {
    Analysis.Result result;
    try {
      result = Analysis.run(repoDir, openTexts(repoDir));
    } catch (IOException | RuntimeException e) {
      result = new Analysis.Result(repoDir, Map.of(), List.of(new Analysis.Problem(CatalogReader.MAIN_FILE, 1, 1,
          Analysis.Kind.ERROR, "stackgen: " + e, null, false)), null);
    }
    repo.result = result;
    repo.rendered = null;
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (String name : result.texts().keySet()) {
      byFile.put(name, new ArrayList<>());
    }
    for (Analysis.Problem p : result.problems()) {
      String text = result.texts().getOrDefault(p.file(), "");
      Diagnostic d = new Diagnostic(Positions.problemRange(text, p.line(), p.column(), p.wholeLine()), p.message());
      d.setSeverity(switch (p.severity()) {
        case ERROR -> DiagnosticSeverity.Error;
        case WARNING -> DiagnosticSeverity.Warning;
        default -> DiagnosticSeverity.Information;
      });
      d.setSource("stackgen");
      byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(d);
    }
    LanguageClient c = client;
    for (String stale : repo.published.keySet()) {
      byFile.putIfAbsent(stale, new ArrayList<>());
    }
    for (var e : byFile.entrySet()) {
      String uri = uriOf(repoDir, e.getKey());
      if (e.getValue().isEmpty()) {
        if (repo.published.remove(e.getKey()) == null && !isOpen(uri)) {
          continue;
        }
      } else {
        repo.published.put(e.getKey(), uri);
      }
      if (c != null) {
        c.publishDiagnostics(new PublishDiagnosticsParams(uri, e.getValue()));
      }
    }
  }

  private boolean isOpen(String uri) {
    return docs.containsKey(uri);
  }

  /** The current text of a document: the editor's, else the file's. */
  private String textOf(String uri) {
    Doc d = docs.get(uri);
    if (d != null) {
      return d.text();
    }
    try {
      return Files.readString(Path.of(URI.create(uri)));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** The syntax of every catalog file of a document's repository, by name (the document alone otherwise). */
  private Map<String, Syntax> repoSyntax(String uri) {
    Map<String, Syntax> out = new LinkedHashMap<>();
    CatalogFile f = catalogFile(uri);
    if (f == null) {
      out.put(uri, Syntax.of(textOf(uri)));
      return out;
    }
    Map<String, String> open = openTexts(f.repo());
    try {
      for (String name : Analysis.files(f.repo(), open)) {
        String text = open.get(name);
        if (text == null) {
          Path p = f.repo().resolve(name);
          if (!Files.isRegularFile(p)) {
            continue;
          }
          text = Files.readString(p);
        }
        out.put(name, Syntax.of(text));
      }
    } catch (IOException | RuntimeException e) {
      out.put(f.name(), Syntax.of(textOf(uri)));
    }
    return out;
  }

  private Location location(String uri, Features.Spot spot, Map<String, Syntax> repo) {
    CatalogFile f = catalogFile(uri);
    String target = f == null ? uri : uriOf(f.repo(), spot.file());
    String text = repo.get(spot.file()).text;
    return new Location(target, Positions.range(text, spot.start(), spot.end()));
  }

  // ---------------------------------------------------------------- features

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    String uri = params.getTextDocument().getUri();
    String text = textOf(uri);
    int offset = Positions.offset(text, params.getPosition());
    return CompletableFuture.completedFuture(Either.forLeft(Features.complete(text, offset, repoSyntax(uri))));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    String uri = params.getTextDocument().getUri();
    String text = textOf(uri);
    int offset = Positions.offset(text, params.getPosition());
    String doc = Features.hover(text, offset);
    if (doc == null) {
      doc = Features.stackHover(Syntax.of(text), offset, repoSyntax(uri));
    }
    return CompletableFuture.completedFuture(doc == null ? null : new Hover(Features.markdown(doc)));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    return CompletableFuture.completedFuture(Either.forLeft(locations(uri, params.getPosition(), false)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    String uri = params.getTextDocument().getUri();
    boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
    List<Location> found = locations(uri, params.getPosition(), true);
    if (!declaration) {
      List<Location> definitions = locations(uri, params.getPosition(), false);
      found = found.stream().filter(l -> !definitions.contains(l)).toList();
    }
    return CompletableFuture.completedFuture(found);
  }

  private List<Location> locations(String uri, org.eclipse.lsp4j.Position position, boolean references) {
    Map<String, Syntax> repo = repoSyntax(uri);
    CatalogFile f = catalogFile(uri);
    String self = f == null ? uri : f.name();
    Syntax s = repo.get(self);
    if (s == null) {
      return List.of();
    }
    Features.Symbol sym = Features.symbolAt(s, Positions.offset(s.text, position));
    if (sym == null) {
      return List.of();
    }
    if (sym.kind() == Features.Symbol.Kind.VARIABLE) {
      repo = Map.of(self, s); // a variable's scope is its module block, in this file
    }
    List<Location> out = new ArrayList<>();
    for (Features.Spot spot : references ? Features.references(sym, repo) : Features.definitions(sym, repo)) {
      out.add(location(uri, spot, repo));
    }
    return out;
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return CompletableFuture.completedFuture(Features.outline(textOf(params.getTextDocument().getUri())));
  }

  @Override
  public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
      WorkspaceSymbolParams params) {
    String query = params.getQuery() == null ? "" : params.getQuery();
    List<WorkspaceSymbol> out = new ArrayList<>();
    for (Path repoDir : repos.keySet()) {
      String any = uriOf(repoDir, CatalogReader.MAIN_FILE);
      Map<String, Syntax> repo = repoSyntax(any);
      for (var e : repo.entrySet()) {
        for (Syntax.BlockSpan b : e.getValue().blocks) {
          boolean named = b.parent() == null && (b.type().equals(Name.STACK) || b.type().equals(Name.STACK_FILE)
              || b.type().equals(Name.SHARED));
          if (!named && !(b.parent() == null && (b.type().equals(Name.ROOT) || b.type().equals(Name.DEFAULTS)))) {
            continue;
          }
          String name = b.labels().isEmpty() ? b.type() : b.label();
          if (!name.contains(query)) {
            continue;
          }
          int[] sel = b.labelRanges().isEmpty() ? new int[] {b.start(), b.typeEnd()} : b.labelRanges().get(0);
          Location loc = new Location(uriOf(repoDir, e.getKey()), Positions.range(e.getValue().text, sel[0], sel[1]));
          WorkspaceSymbol sym = new WorkspaceSymbol(name, Features.kindOf(b), Either.forLeft(loc));
          sym.setContainerName(b.type());
          out.add(sym);
        }
      }
    }
    return CompletableFuture.completedFuture(Either.forRight(out));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    String text = textOf(params.getTextDocument().getUri());
    try {
      HclParser.parse(text, "document");
    } catch (HclSyntaxException e) {
      return CompletableFuture.completedFuture(List.of()); // the diagnostic says why
    }
    String formatted = HclFormatter.format(text);
    if (formatted.equals(text)) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.completedFuture(
        List.of(new TextEdit(Positions.range(text, 0, text.length()), formatted)));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    String text = textOf(uri);
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Diagnostic d : params.getContext().getDiagnostics()) {
      CodeAction fix = didYouMeanFix(uri, text, d);
      if (fix != null) {
        out.add(Either.forRight(fix));
      }
    }
    return CompletableFuture.completedFuture(out);
  }

  /** "Replace with x" for a diagnostic whose message names the text at its range and says did you mean x. */
  static CodeAction didYouMeanFix(String uri, String text, Diagnostic d) {
    String message = d.getMessage() == null ? "" : d.getMessage();
    var m = java.util.regex.Pattern.compile("did you mean \"([^\"]+)\"\\?").matcher(message);
    if (!m.find()) {
      return null;
    }
    Range r = d.getRange();
    int start = Positions.offset(text, r.getStart());
    int end = Positions.offset(text, r.getEnd());
    String word = text.substring(start, Math.max(start, end));
    // a block's range (dependency "x"): the label the message names
    var quoted = java.util.regex.Pattern.compile("\"([^\"\\\\]*)\"").matcher(word);
    while (quoted.find()) {
      if (message.contains("\"" + quoted.group(1) + "\"")) {
        int base = start;
        start = base + quoted.start(1);
        end = base + quoted.end(1);
        word = quoted.group(1);
        break;
      }
    }
    if (word.isEmpty() || !message.contains("\"" + word + "\"")) {
      return null;
    }
    String suggestion = m.group(1);
    CodeAction a = new CodeAction("Replace \"" + word + "\" with \"" + suggestion + "\"");
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(d));
    a.setIsPreferred(true);
    a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(Positions.range(text, start, end), suggestion)))));
    return a;
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    String uri = params.getTextDocument().getUri();
    CatalogFile f = catalogFile(uri);
    if (f == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(() -> {
      List<CodeLens> out = new ArrayList<>();
      List<GeneratedFile> files;
      try {
        files = rendered(f.repo());
      } catch (ResponseErrorException e) {
        return out;
      }
      String text = textOf(uri);
      for (Syntax.BlockSpan b : Syntax.of(text).blocks) {
        if (b.parent() != null || !b.type().equals(Name.STACK) || b.label().isEmpty()) {
          continue;
        }
        long n = files.stream().filter(g -> b.label().equals(g.stack())).count();
        Command command = new Command(n + (n == 1 ? " file" : " files"), PREVIEW, List.of(b.label(), uri));
        out.add(new CodeLens(Positions.range(text, b.start(), b.typeEnd()), command, null));
      }
      return out;
    }, worker);
  }

  /** Every file the repository's catalog (as the editor has it) renders, exactly as generate writes them. */
  private List<GeneratedFile> rendered(Path repoDir) {
    Repo repo = repos.computeIfAbsent(repoDir, k -> new Repo());
    synchronized (repo) {
      if (repo.pending != null && !repo.pending.isDone() && repo.pending.cancel(false)) {
        repo.result = null; // an edit not analysed yet: the preview must show the text as it is now
      }
    }
    Analysis.Result result = repo.result;
    if (result == null) {
      analyse(repoDir, repo);
      result = repo.result;
    }
    if (result.catalog() == null) {
      String first = result.problems().isEmpty() ? "the catalog cannot be read"
          : result.problems().get(0).file() + ":" + result.problems().get(0).line() + ":"
              + result.problems().get(0).column() + ": " + result.problems().get(0).message();
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, first, null));
    }
    List<GeneratedFile> files = repo.rendered;
    if (files == null || repo.result != result) {
      Catalog catalog = result.catalog();
      String folder = catalog.settings().templates();
      Path templates = templatesOverride != null ? templatesOverride
          : folder.isEmpty() ? null : repoDir.resolve(folder);
      if (templates != null && !Files.isDirectory(templates)) {
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
            "templates folder \"" + (templatesOverride != null ? templates : folder) + "\" does not exist in "
                + repoDir, null));
      }
      Renderer renderer = renderers.computeIfAbsent(templates == null ? "" : templates.toString(), k -> new Renderer(
          templates == null ? Templates.bundled() : Templates.overriddenBy(templates)));
      try {
        files = renderer.render(catalog);
      } catch (RuntimeException e) {
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
            "stackgen: " + e.getMessage(), null));
      }
      repo.rendered = files;
    }
    return files;
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (!PREVIEW.equals(params.getCommand())) {
      return failed("unknown command " + params.getCommand() + " (known: " + PREVIEW + ")");
    }
    List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
    if (args.isEmpty()) {
      return failed(PREVIEW + " needs a stack name");
    }
    String stack = plain(args.get(0));
    Path repoDir = null;
    if (args.size() > 1) {
      CatalogFile f = catalogFile(plain(args.get(1)));
      repoDir = f == null ? null : f.repo();
    }
    if (repoDir == null && repos.size() == 1) {
      repoDir = repos.keySet().iterator().next();
    }
    if (repoDir == null) {
      return failed(PREVIEW + ": give a catalog document URI as the second argument");
    }
    Path dir = repoDir;
    return CompletableFuture.supplyAsync(() -> {
      List<GeneratedFile> all = rendered(dir);
      List<Map<String, String>> out = new ArrayList<>();
      for (GeneratedFile g : all) {
        if (stack.equals(g.stack())) {
          Map<String, String> file = new LinkedHashMap<>();
          file.put("path", g.path());
          file.put("content", g.content());
          out.add(file);
        }
      }
      if (out.isEmpty() && all.stream().noneMatch(g -> stack.equals(g.stack()))) {
        var near = dev.stackgen.model.Suggestions.didYouMean(stack,
            all.stream().map(GeneratedFile::stack).filter(java.util.Objects::nonNull).distinct().toList());
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
            "no stack \"" + stack + "\" in the catalog" + (near == null ? "" : " (did you mean \"" + near + "\"?)"),
            null));
      }
      return out;
    }, worker);
  }

  /** A command argument as a string (LSP4J hands JSON values over as Gson elements). */
  private static String plain(Object arg) {
    if (arg instanceof com.google.gson.JsonPrimitive p) {
      return p.getAsString();
    }
    return String.valueOf(arg);
  }

  private static CompletableFuture<Object> failed(String message) {
    CompletableFuture<Object> f = new CompletableFuture<>();
    f.completeExceptionally(new ResponseErrorException(
        new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
    return f;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // no settings
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    for (Path repo : repos.keySet()) {
      schedule(repo.resolve(CatalogReader.MAIN_FILE).toUri().toString(), DEBOUNCE_MS);
    }
  }
}
