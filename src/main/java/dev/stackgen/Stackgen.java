package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.graph.DependencyGraph;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Settings;
import dev.stackgen.output.DriftReport;
import dev.stackgen.output.FileReport;
import dev.stackgen.output.FileStatus;
import dev.stackgen.output.Generator;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.postfix.Finding;
import dev.stackgen.render.Explainer;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The library's entry point: a catalog (read from a repository or built in code with
 * {@link Catalog#builder()}) together with the repository it renders into, and everything the command
 * line does with it: render, check, generate, import, the dependency graph and the Postfix overlays.
 * Instances are immutable; methods that touch the disk say so. See {@code docs/java-api.md}.
 *
 * <p>Every command of the command line is one call here (the CLI parses options, calls, prints), so
 * this class is the whole API in one place, and why it is longer than ~400 lines: each method body is a
 * delegation of one to four lines to the package-private class of its concern ({@code Generating},
 * {@code Importing}, {@code Changes}, {@code Adding}, {@code Migrating}, {@code Postfixes}, {@code
 * Formatting}, {@code Repositories}, {@code Graphs}, {@code Validation} hold the orchestration); over
 * 40% of the lines are the API's Javadoc, and a quarter the result records nested here since their
 * names, {@code Stackgen.Check}, {@code Stackgen.Generated}, are API (results added later are top-level
 * records of this package: {@link StackAdded}, {@link RootFileMigrated}, {@link PostfixEffective},
 * {@link Formatted}).
 */
public final class Stackgen {
  /** The catalog file at the repository root ({@code stackgen.d/*.hcl} drop-ins are merged into it). */
  public static final String CATALOG_FILE = CatalogReader.MAIN_FILE;

  private final Path repository;
  private final Catalog catalog;
  private final Path templates;

  private Stackgen(Path repository, Catalog catalog, Path templates) {
    this.repository = repository.toAbsolutePath().normalize();
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.templates = templates;
  }

  /**
   * Reads the catalog of the repository at {@code repository} ({@code stackgen.hcl}, then
   * {@code stackgen.d/*.hcl}); template overrides named in it ({@code stackgen { templates = "DIR" }})
   * apply to everything this instance renders.
   *
   * @throws StackgenException the catalog is wrong ({@code file:line:col: what is wrong})
   */
  public static Stackgen open(Path repository) throws IOException, StackgenException {
    return of(repository, Generating.readChecked(repository));
  }

  /**
   * Reads the catalog of the repository at {@code repository} as {@link #open(Path)} does, passing each
   * warning to {@link RunOptions#warnings()}; {@link RunOptions#templates()}, when given, replaces the
   * catalog's template overrides (not checked here: a folder that does not exist fails where it is used).
   *
   * @throws StackgenException the catalog is wrong ({@code file:line:col: what is wrong})
   */
  public static Stackgen open(Path repository, RunOptions options) throws IOException, StackgenException {
    Catalog catalog = Generating.read(repository, options);
    return options.templates().isPresent() ? new Stackgen(repository, catalog, options.templates().get())
        : of(repository, catalog);
  }

  /**
   * A catalog built in code (or read elsewhere) for the repository at {@code repository}. Its
   * {@link Settings#templates()}, when set, names the template overrides relative to the repository.
   */
  public static Stackgen of(Path repository, Catalog catalog) {
    String folder = catalog.settings().templates();
    return new Stackgen(repository, catalog, folder.isEmpty() ? null : repository.resolve(folder));
  }

  /**
   * Parses catalog text held in memory ({@code fileName} is used in error positions only).
   *
   * @throws StackgenException the text is not a valid catalog
   */
  public static Catalog parse(String fileName, String text) throws StackgenException {
    try {
      return CatalogReader.parse(List.of(new CatalogReader.Source(fileName, text)));
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  /** The same catalog and repository, rendered with the templates of {@code folder} where it has them. */
  public Stackgen withTemplates(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("templates folder does not exist: " + folder);
    }
    return new Stackgen(repository, catalog, folder);
  }

  /** The repository folder (absolute). */
  public Path repository() {
    return repository;
  }

  /** The typed catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The template overrides folder, if any (the bundled templates fill in what it lacks). */
  public Optional<Path> templates() {
    return Optional.ofNullable(templates);
  }

  /**
   * Every owned file, in memory: the root {@code terragrunt.hcl} first, then each stack's files in
   * catalog order. Writes nothing.
   *
   * @throws StackgenException a template failed or produced invalid HCL
   */
  public List<GeneratedFile> render() throws StackgenException {
    requireValid();
    return Generating.render(renderer(), catalog);
  }

  /**
   * Where each line of every owned file comes from: the catalog file and line that made it (and the
   * template line that placed it), by repository-relative path in render order. Writes nothing.
   *
   * @throws StackgenException a template failed or produced invalid HCL
   */
  public Map<String, Explainer.Explanation> explain() throws StackgenException {
    requireValid();
    try {
      return explainer().explainAll(catalog);
    } catch (RenderException | IllegalArgumentException e) {
      throw new StackgenException(e.getMessage(), Optional.empty(), e);
    }
  }

  /**
   * Where each line of the owned file {@code path} (repository-relative) comes from; empty when the
   * catalog does not own that path.
   *
   * @throws StackgenException a template failed or produced invalid HCL
   */
  public Optional<Explainer.Explanation> explain(String path) throws StackgenException {
    return Optional.ofNullable(explain().get(path));
  }

  private Explainer explainer() {
    return Generating.explainer(repository, Optional.ofNullable(templates));
  }

  /**
   * Compares what the catalog produces with the repository, writing nothing (what {@code stackgen
   * check} does).
   *
   * @throws StackgenException the catalog cannot be rendered, or a Postfix overlay has a lint error
   */
  public Check check() throws IOException, StackgenException {
    return Generating.check(repository, catalog, ownOptions().build());
  }

  /**
   * Reads the repository's catalog and compares what it produces with the repository (or with the git
   * index, {@link RunOptions#staged()}), writing nothing: what {@code stackgen check} does, check cache
   * included when {@code options} name one.
   *
   * @throws StackgenException the catalog is wrong or cannot be rendered ({@link UnknownStackException}: a
   *     stack of {@link RunOptions#stacks()} is not in it)
   */
  public static Check check(Path repository, RunOptions options) throws IOException, StackgenException {
    return Generating.check(repository.toAbsolutePath().normalize(), null, options);
  }

  /**
   * Writes the owned files that are missing or stale, atomically, under the repository lock.
   *
   * @param prune also remove orphaned generated files
   * @param adopt take over hand-written files where stackgen writes (overwrites them)
   * @param dryRun report what would change and write nothing
   * @throws StackgenException the catalog cannot be rendered, a Postfix overlay has a lint error, or
   *     a hand-written file stands where stackgen writes and {@code adopt} is false
   */
  public Generated generate(boolean prune, boolean adopt, boolean dryRun) throws IOException, StackgenException {
    return Generating.generate(repository, catalog, ownOptions().prune(prune).adopt(adopt).dryRun(dryRun).build());
  }

  /**
   * Reads the repository's catalog under the repository lock and writes the owned files that are missing
   * or stale, atomically: what {@code stackgen generate} does, check cache included when {@code options}
   * name one.
   *
   * @throws StackgenException the catalog is wrong or cannot be rendered, or a hand-written file stands
   *     where stackgen writes and {@link RunOptions#adopt()} is false ({@link UnknownStackException}: a
   *     stack of {@link RunOptions#stacks()} is not in the catalog)
   */
  public static Generated generate(Path repository, RunOptions options) throws IOException, StackgenException {
    return Generating.generate(repository.toAbsolutePath().normalize(), null, options);
  }

  private RunOptions.Builder ownOptions() {
    return RunOptions.builder().templates(templates);
  }

  /** The catalog after the checks reading it from a file makes (a catalog built in code skipped them). */
  Catalog validated() throws StackgenException {
    requireValid();
    Validation.requireLinted(catalog);
    return catalog;
  }

  /**
   * Reads a hand-kept Terragrunt repository into a catalog that regenerates its files, writing nothing
   * ({@code importRepository(repository, ImportOptions.builder().stacksDir(stacksDir).build())}).
   *
   * @param stacksDir the folder holding the stacks, relative to the repository ({@code "stacks"})
   * @throws StackgenException the repository cannot be read as one (no root terragrunt.hcl, a syntax error)
   */
  public static Imported importRepository(Path repository, String stacksDir) throws IOException, StackgenException {
    return importRepository(repository, ImportOptions.builder().stacksDir(stacksDir).build());
  }

  /**
   * Reads a hand-kept Terragrunt repository (a {@code stacks/<name>} tree, a nested live repository,
   * {@code root.hcl}, Terragrunt Stacks) into a catalog that regenerates its files, proves the round trip
   * in memory, and writes the catalog where {@code options} say (what {@code stackgen import} does).
   *
   * @throws StackgenException the catalog file exists (without {@code force}), drop-ins would be merged
   *     into it (without {@code force}), or the repository cannot be read as one
   */
  public static Imported importRepository(Path repository, ImportOptions options)
      throws IOException, StackgenException {
    return Importing.run(repository, options);
  }

  /**
   * Adds stack {@code name} to the repository's catalog and generates its files (what {@code stackgen new}
   * does): the stack block is appended to the catalog file that holds the stacks (every other byte is kept),
   * the catalog is checked with it in memory, then written atomically under the repository lock with the
   * stack's owned files. {@code tier}: a key of {@code root.tiers} (default: the last tier); {@code kind}
   * {@code "module"} adds a module block (an owned main.tf), {@code "app"} writes a one-time, hand-owned main.tf
   * scaffold. Honours {@link RunOptions#dryRun()}, {@link RunOptions#templates()} and {@link RunOptions#warnings()}.
   *
   * @throws InvalidRequestException the name is not a safe path or exists, the tier or a dependency is unknown,
   *     the catalog would be invalid with the stack, or a file stands where the stack's files go
   * @throws StackgenException the catalog is wrong or does not render
   */
  public static StackAdded newStack(Path repository, String name, Optional<String> tier, List<String> dependsOn,
      Optional<String> kind, RunOptions options) throws IOException, StackgenException {
    return Adding.run(repository.toAbsolutePath().normalize(), name, tier, dependsOn, kind, options);
  }

  /**
   * Terragrunt's root file rename in one step (what {@code stackgen migrate root-hcl} does): {@code root_file =
   * "root.hcl"} in the catalog, every {@code find_in_parent_folders()} root lookup in the catalog and in
   * hand-kept {@code .hcl} files under the stacks folder rewritten, the owned files regenerated and the old root
   * file removed, all under the repository lock (not for {@link RunOptions#dryRun()}). Finishes a migration an
   * interrupted run left half done.
   *
   * @throws InvalidRequestException an owned file differs from the catalog (migrate works on a clean tree), or a
   *     hand-written file stands where the migrated catalog writes
   * @throws StackgenException the catalog is wrong or does not render
   */
  public static RootFileMigrated migrateRootHcl(Path repository, RunOptions options)
      throws IOException, StackgenException {
    return Migrating.rootHcl(repository.toAbsolutePath().normalize(), options);
  }

  /**
   * The canonical HCL formatter (what {@code stackgen fmt} does; byte-identical to {@code terraform fmt}):
   * each of {@code files} (relative to {@code base}; a folder: its {@code .hcl}, {@code .tf} and {@code .tfvars}
   * files, recursively, never inside {@code .terraform/}, {@code .terragrunt-cache/}, {@code .git/}; none: {@code
   * base}) is rewritten in place atomically when not canonical, unless {@code check}; {@code -} formats {@code
   * stdin}. A file that is a symbolic link is formatted as the file it points to when that is inside {@code
   * repository}, refused otherwise. One file failing does not stop the others: its outcome says so.
   *
   * @param diff record a unified diff of each file that is not canonical
   */
  public static Formatted format(List<String> files, Path base, Path repository, boolean check, boolean diff,
      InputStream stdin) {
    return Formatting.run(files, base, repository, check, diff, stdin);
  }

  /**
   * Watches the repository's catalog files ({@code stackgen.hcl}, {@code stackgen.d/*.hcl}) and the template
   * overrides folder {@code templates}, for {@code stackgen generate --watch}: {@code awaitChange(debounce)}
   * returns the names that changed (changes closer together than {@code debounce} are one). Close it to stop.
   */
  public static dev.stackgen.output.Watcher watch(Path repository, Optional<Path> templates) throws IOException {
    return new dev.stackgen.output.Watcher(repository.toAbsolutePath().normalize(), templates.orElse(null));
  }

  /**
   * The repository a run started in {@code start} works on: the nearest folder at or above it that holds
   * {@code stackgen.hcl} (as git finds its repository); empty when there is none.
   */
  public static Optional<Path> discover(Path start) {
    return CatalogReader.discover(start);
  }

  /**
   * The template overrides folder the repository's catalog names ({@code stackgen { templates = "DIR" }}), as
   * every command renders with it; empty when it names none.
   *
   * @throws StackgenException at the setting: the folder does not exist, leads outside the repository, or holds
   *     a link leading out of it or something that is not a regular file
   */
  public static Optional<Path> templatesFolder(Path repository) throws IOException, StackgenException {
    return Repositories.templatesFolder(repository.toAbsolutePath().normalize());
  }

  /**
   * The stack ({@code kind} {@code "stacks"}) or tier ({@code "tiers"}) names of the repository's catalog, as
   * shell completion offers them ({@code stackgen __complete stacks|tiers}). Only the schema is checked (a
   * catalog with a wrong reference still has names).
   *
   * @throws StackgenException there is no catalog, or it does not parse
   */
  public static List<String> completions(Path repository, String kind) throws IOException, StackgenException {
    return Repositories.names(repository.toAbsolutePath().normalize(), kind);
  }

  /**
   * The stacks whose generated files differ between git revision {@code since} and the working tree
   * (what {@code stackgen changed --since REV} prints), sorted; with {@code allOnRoot}, every stack when
   * the root file differs. The catalog and template overrides of both are rendered ({@link
   * RunOptions#templates()}; catalog warnings go to {@link RunOptions#warnings()}).
   *
   * @throws StackgenException the catalog of the working tree is wrong or does not render
   * @throws IOException git fails, or the catalog at {@code since} does not render
   */
  public static Changed changed(Path repository, String since, boolean allOnRoot, RunOptions options)
      throws IOException, StackgenException {
    return Changes.run(repository.toAbsolutePath().normalize(), since, allOnRoot, options);
  }

  /**
   * The dependency graph of the catalog's stacks (defaults included), validated: unknown stacks,
   * cycles and a tier-0 stack needing a non-tier-0 one are errors.
   *
   * @throws StackgenException the graph is invalid (the first error, at its catalog position)
   */
  public DependencyGraph graph() throws StackgenException {
    requireValid();
    return Graphs.validated(catalog);
  }

  /**
   * What {@code stackgen graph} prints: the apply order ({@code format} {@code "order"}, one wave a line;
   * {@code reverse}: the destroy order), or the graph as {@code "mermaid"} or {@code "dot"}; with
   * {@code stack}, only that stack and what it needs (with {@code dependents}: what needs it).
   *
   * @throws UnknownStackException the catalog has no stack {@code stack}
   * @throws IllegalArgumentException {@code format} is none of the three
   */
  public String graphText(String format, Optional<String> stack, boolean dependents, boolean reverse)
      throws StackgenException {
    requireValid();
    return Graphs.text(catalog, format, stack, dependents, reverse);
  }

  /** The apply order in waves that can run in parallel, names sorted within each wave. */
  public List<List<String>> waves() throws StackgenException {
    return graph().waves();
  }

  /** The graph as Mermaid ({@code stackgen graph --format mermaid}). */
  public String mermaid() throws StackgenException {
    return Graphs.mermaid(catalog, graph());
  }

  /** The graph as Graphviz DOT ({@code stackgen graph --format dot}). */
  public String dot() throws StackgenException {
    return Graphs.dot(catalog, graph());
  }

  /** Lint findings of every {@code postfix_overlay}, at the catalog lines they come from, in order. */
  public List<Finding> postfixLint() {
    return CatalogLint.lint(catalog);
  }

  /**
   * What {@code stackgen postfix lint} reports: the findings of every {@code postfix_overlay} of the
   * repository's catalog (of stack {@code stack} only, when given), at catalog lines, in order; info
   * findings hidden by default too when {@code verbose}. The catalog is read without refusing it for a
   * lint error (those are findings here); its warnings go to {@code warnings}.
   *
   * @throws UnknownStackException the catalog has no stack {@code stack}
   * @throws StackgenException the catalog is wrong otherwise
   */
  public static List<Finding> postfixLint(Path repository, Optional<String> stack, boolean verbose,
      Consumer<String> warnings) throws IOException, StackgenException {
    return Postfixes.lint(repository.toAbsolutePath().normalize(), stack, verbose, warnings);
  }

  /**
   * Lints a plain main.cf fragment file with a lint profile ({@code "dms-15"}).
   *
   * @throws StackgenException the file is not UTF-8, or the profile is unknown
   */
  public static List<Finding> postfixLint(Path mainCfFragment, String profile) throws IOException, StackgenException {
    return Postfixes.lint(mainCfFragment, profile);
  }

  /**
   * What {@code stackgen postfix lint --file F} reports: the findings of a plain main.cf fragment with the lint
   * profile, docker-mailserver environment, master.cf changes and map types of {@code options}.
   *
   * @throws InvalidRequestException the profile, a variable or a map type is unknown, or a file is missing
   * @throws StackgenException a file is not UTF-8
   */
  public static List<Finding> postfixLint(Path mainCfFragment, PostfixOptions options)
      throws IOException, StackgenException {
    return Postfixes.lint(mainCfFragment, options);
  }

  /**
   * What {@code stackgen postfix effective --file F} prints: the main.cf (and master.cf) docker-mailserver
   * ends up with after merging a plain main.cf fragment, in the context {@code options} describe.
   *
   * @throws InvalidRequestException the profile, a variable or a map type is unknown, or a file is missing
   * @throws StackgenException a file is not UTF-8
   */
  public static PostfixEffective postfixEffective(Path mainCfFragment, PostfixOptions options)
      throws IOException, StackgenException {
    return Postfixes.effective(mainCfFragment, options);
  }

  /**
   * What {@code stackgen postfix effective [--stack N] [--origins]} prints: for each {@code postfix_overlay} of
   * the repository's catalog (of stack {@code stack} only, when given), the main.cf and master.cf
   * docker-mailserver ends up with; with {@code origins}, an overlay line's origin is the generated file's line
   * and the catalog line behind it. The catalog is read without refusing it for a lint error.
   *
   * @throws UnknownStackException the catalog has no stack {@code stack}
   * @throws StackgenException the catalog is wrong otherwise
   */
  public static PostfixEffective postfixEffective(Path repository, Optional<String> stack, boolean origins,
      RunOptions options) throws IOException, StackgenException {
    return Postfixes.effective(repository.toAbsolutePath().normalize(), stack, origins, options);
  }

  /**
   * The main.cf docker-mailserver ends up with for each overlay of stack {@code stack}, in
   * {@code postconf -n} form (what {@code stackgen postfix effective --stack NAME} prints), one entry
   * per overlay in catalog order.
   *
   * @throws IllegalArgumentException the catalog has no stack of that name
   */
  public List<String> postfixEffective(String stack) {
    return Postfixes.effective(catalog, stack);
  }

  /** The version of this stackgen build, e.g. {@code 0.1.0}. */
  public static String version() {
    return buildInfo().getProperty("version", "dev");
  }

  /**
   * The git commit this build was made from (12 hex digits, {@code -dirty} when the working tree had
   * changes), or {@code unknown} for a build outside a git checkout.
   */
  public static String commit() {
    return buildInfo().getProperty("commit", "unknown");
  }

  private static Properties buildInfo() {
    Properties p = new Properties();
    try (InputStream in = Stackgen.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private Renderer renderer() {
    return new Renderer(templates == null ? Templates.bundled() : Templates.overriddenBy(templates));
  }

  /** A catalog built in code has not been through the reader's checks: the same problems are errors here. */
  private void requireValid() throws StackgenException {
    Validation.requireValid(catalog);
  }

  /**
   * The result of a check: one report per owned path (clean, stale, missing, hand-written,
   * line-endings) and per orphan; for a check of the git index, the path from the git top level to the
   * repository ({@code gitPrefix}, empty otherwise); where a file is stale, the catalog line behind each
   * line of every owned file ({@code origins}, by path; empty when nothing is stale).
   */
  public record Check(List<FileReport> files, String gitPrefix, Map<String, Explainer.Explanation> origins) {
    public Check {
      files = List.copyOf(files);
      origins = Map.copyOf(origins);
    }

    /** A check of these reports, without origins. */
    public Check(List<FileReport> files) {
      this(files, "", Map.of());
    }

    /** True when every owned file is exactly what the catalog produces and nothing is orphaned. */
    public boolean clean() {
      return files.stream().noneMatch(FileReport::isDrift);
    }

    /** The reports that are not clean, in report order. */
    public List<FileReport> drift() {
      return files.stream().filter(FileReport::isDrift).toList();
    }

    /** How many files have each status. */
    public Map<FileStatus, Integer> counts() {
      return new DriftReport(files).counts();
    }

    /** The text {@code stackgen check} prints (with unified diffs when {@code diff}). */
    public String text(boolean diff) {
      return report(DriftReport.Advice.DEFAULT).text(diff);
    }

    /** The JSON document {@code stackgen check --format json} prints (docs/check-json.md). */
    public String json() {
      return report(DriftReport.Advice.DEFAULT).json();
    }

    /** The report with {@code advice} (how the user runs stackgen, for the fixes it prints). */
    public DriftReport report(DriftReport.Advice advice) {
      DriftReport report = new DriftReport(files, advice);
      return origins.isEmpty() ? report : report.withOrigins(origins);
    }
  }

  /**
   * One file changed by {@link #generate}: its path, {@code created}, {@code updated}, {@code adopted},
   * {@code removed} or {@code removed leftover}, and whether an update replaced hand edits (known where
   * the check cache remembers the last generate).
   */
  public record Change(String path, String action, boolean handEditsReplaced) {
    /** A change that replaced no hand edits. */
    public Change(String path, String action) {
      this(path, action, false);
    }
  }

  /** What {@link #generate} did (or, in a dry run, would do). */
  public record Generated(List<Change> changes, int unchanged, int orphaned, boolean dryRun,
      List<FileReport> reports) {
    public Generated {
      changes = List.copyOf(changes);
      reports = List.copyOf(reports);
    }

    /** A result without the per-file reports. */
    public Generated(List<Change> changes, int unchanged, int orphaned, boolean dryRun) {
      this(changes, unchanged, orphaned, dryRun, List.of());
    }

    /** Temporary files of an interrupted run removed (or, in a dry run, to remove). */
    public int leftovers() {
      int n = 0;
      for (Change c : changes) {
        if (c.action().equals(Generator.LEFTOVER_REMOVED)) {
          n++;
        }
      }
      return n;
    }

    /** Owned files written or removed, leftovers not counted. */
    public int changed() {
      return changes.size() - leftovers();
    }

    /**
     * The lines {@code stackgen generate} prints before its summary: one per file written or removed
     * ({@code [would be ]<action> <path>[ (hand edits replaced)]}), each followed by its unified diff when
     * {@code diff} ({@code generate --diff}).
     */
    public String text(boolean diff) {
      List<Generator.Change> list = new java.util.ArrayList<>();
      java.util.Set<String> handEdited = new java.util.HashSet<>();
      for (Change c : changes) {
        list.add(new Generator.Change(c.path(), c.action()));
        if (c.handEditsReplaced()) {
          handEdited.add(c.path());
        }
      }
      return dev.stackgen.output.GenerateReport.text(list, reports, handEdited, dryRun, diff);
    }
  }

  /**
   * What {@link #changed} found: the stacks, sorted, and notes on how it compared (the catalog missing at
   * the revision, templates outside the repository, a changed root file without {@code allOnRoot}).
   */
  public record Changed(List<String> stacks, List<String> notes) {
    public Changed {
      stacks = List.copyOf(stacks);
      notes = List.copyOf(notes);
    }
  }

  /**
   * An import: the catalog text, the stacks it holds, the files it takes over, the files left alone with
   * the reason, those the catalog does not regenerate exactly, and the rest of what {@code stackgen
   * import} reports. {@code layoutSummary} is the "files taken over" line of a nested live repository,
   * {@code root.hcl} or Terragrunt Stacks layout (empty for a {@code stacks/<name>} tree); {@code written}
   * the catalog file written, relative to the repository (empty when none was).
   */
  public record Imported(String catalog, List<String> stacks, List<String> takenOver, Map<String, String> leftAlone,
      List<String> differing, List<String> overlays, List<String> wrappers, List<String> nonCanonical,
      String headerNote, List<String> guessedTiers, List<String> verbatimMainCf, List<String> notes,
      String layoutSummary, String written) {
    public Imported {
      stacks = List.copyOf(stacks);
      takenOver = List.copyOf(takenOver);
      leftAlone = Map.copyOf(leftAlone);
      differing = List.copyOf(differing);
      overlays = List.copyOf(overlays);
      wrappers = List.copyOf(wrappers);
      nonCanonical = List.copyOf(nonCanonical);
      guessedTiers = List.copyOf(guessedTiers);
      verbatimMainCf = List.copyOf(verbatimMainCf);
      notes = List.copyOf(notes);
    }

    /** How many taken-over files the catalog regenerates byte for byte. */
    public int identical() {
      return takenOver.size() - differing.size();
    }

    /**
     * The report {@code stackgen import} prints before {@code wrote <catalog>}: what was taken over, the
     * files left alone grouped by reason ({@code verbose}: each with its reason).
     */
    public String report(String stacksDir, boolean verbose) {
      var result = new dev.stackgen.importer.CatalogImporter.Result(catalog, stacks, takenOver, overlays, wrappers,
          leftAlone, nonCanonical, headerNote, differing, guessedTiers, verbatimMainCf, notes);
      return dev.stackgen.importer.ImportReport.text(result, stacksDir, layout(), verbose);
    }

    /** True for a nested live repository, {@code root.hcl} or Terragrunt Stacks layout. */
    public boolean layout() {
      return !layoutSummary.isEmpty();
    }
  }
}
