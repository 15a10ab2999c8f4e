package dev.stackgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole typed catalog: settings, root, defaults and stacks in catalog order, the warnings
 * found while reading it (allowed, but probably mistakes), and the shared files units read.
 */
public record Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks, List<Warning> warnings,
    List<SharedFile> shared, List<StackConfig> stackFiles, CatalogSyntax syntax) {
  public Catalog {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(defaults, "defaults");
    stacks = List.copyOf(stacks);
    warnings = List.copyOf(warnings);
    shared = List.copyOf(shared);
    stackFiles = List.copyOf(stackFiles);
    Objects.requireNonNull(syntax, "syntax");
  }

  /** A catalog with no record of how its files were written. */
  public Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks, List<Warning> warnings,
      List<SharedFile> shared, List<StackConfig> stackFiles) {
    this(settings, root, defaults, stacks, warnings, shared, stackFiles, CatalogSyntax.NONE);
  }

  /** A catalog without shared files or stack files. */
  public Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks, List<Warning> warnings) {
    this(settings, root, defaults, stacks, warnings, List.of(), List.of());
  }

  /** The repository paths of every file this catalog owns (what {@code generate} writes), in render order. */
  public List<String> ownedPaths() {
    List<String> out = new ArrayList<>();
    if (!root.handKept()) {
      out.add(settings.rootFile());
    }
    for (Stack s : stacks) {
      String dir = settings.stackDir(s.name());
      out.add(dir + "terragrunt.hcl");
      if (s.module().isPresent()) {
        out.add(dir + "main.tf");
      }
      for (StackFile f : s.files()) {
        out.add(dir + f.path());
      }
      List<String> overlayFiles = new ArrayList<>();
      for (PostfixOverlay o : s.overlays()) {
        if (!overlayFiles.contains(o.file()) && !writtenByFileBlock(s, o.file())) {
          overlayFiles.add(o.file());
          out.add(dir + o.file());
        }
      }
    }
    String prefix = settings.stacksDir().equals(".") ? "" : settings.stacksDir() + "/";
    for (SharedFile f : shared) {
      out.add(prefix + f.path());
    }
    for (StackConfig f : stackFiles) {
      out.add(settings.stackDir(f.dir()) + StackConfig.FILE);
    }
    return out;
  }

  /** True when one of the stack's file blocks writes {@code path}. */
  static boolean writtenByFileBlock(Stack s, String path) {
    for (StackFile sf : s.files()) {
      if (sf.path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  public Optional<SharedFile> sharedFile(String path) {
    for (SharedFile f : shared) {
      if (f.path().equals(path)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The shared files a unit includes or reads ({@code include} paths, {@code find_in_parent_folders("x.hcl")}
   * lookups), as paths below the stacks folder, in the order its items mention them.
   */
  public List<String> sharedFilesOf(Stack stack) {
    return shared.isEmpty() ? List.of() : SharedLookup.of(this, stack);
  }

  /**
   * The dependency blocks a unit gets from the shared files it includes (an {@code _envcommon} file's
   * {@code dependency "vpc" { config_path = "${get_terragrunt_dir()}/../vpc" }} is resolved from each
   * including unit).
   */
  public List<Dependency> includedDependencies(Stack stack) {
    if (shared.isEmpty()) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (StackItem item : effectiveItems(stack)) {
      if (item instanceof Include inc) {
        String path = SharedLookup.include(this, stack.name(), inc.path().text());
        if (path != null) {
          out.addAll(sharedFile(path).orElseThrow().dependencies());
        }
      }
    }
    return out;
  }

  /** A catalog without warnings. */
  public Catalog(Settings settings, Root root, Defaults defaults, List<Stack> stacks) {
    this(settings, root, defaults, stacks, List.of());
  }

  public Optional<Stack> stack(String name) {
    // a loop, not a stream: called for every dependency while validating and rendering
    if (stacks.size() < INDEXED) {
      for (Stack s : stacks) {
        if (s.name().equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
    return Optional.ofNullable(StackIndex.of(stacks).byName().get(name));
  }

  /** Catalogs of this many stacks or more look stacks up by name in a map, not by a scan. */
  private static final int INDEXED = 64;

  /**
   * The items a stack renders: the defaults that apply to it (see {@link Defaults}) followed by its
   * own items; with an explicit {@code include} item, the defaults follow that include.
   */
  public List<StackItem> effectiveItems(Stack stack) {
    if (!stack.useDefaults() || defaults.items().isEmpty()) {
      return stack.items();
    }
    List<StackItem> out = new ArrayList<>();
    List<StackItem> own = stack.items();
    int include = stack.includeIndex();
    if (include >= 0) {
      out.addAll(own.subList(0, include + 1));
    }
    for (StackItem item : defaults.items()) {
      if (item instanceof Dependency d && (stack.tierZero() || ownTarget(stack, d))) {
        continue;
      }
      out.add(item);
    }
    out.addAll(own.subList(include + 1, own.size()));
    return out;
  }

  /** True when a default dependency {@code d} points at the stack itself or at a stack it depends on already. */
  private static boolean ownTarget(Stack stack, Dependency d) {
    String target = d.target(stack.name());
    if (stack.name().equals(target)) {
      return true;
    }
    for (Dependency o : stack.dependencies()) {
      if (Objects.equals(o.target(stack.name()), target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names of the stacks a stack depends on, defaults included, in rendering order, then those its
   * included shared files add.
   */
  public List<String> dependencyNames(Stack stack) {
    List<Dependency> all = new ArrayList<>(stack.dependencies().size());
    for (StackItem item : effectiveItems(stack)) {
      if (item instanceof Dependency d) {
        all.add(d);
      }
    }
    all.addAll(includedDependencies(stack));
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Dependency d : all) {
      String target = dependencyTarget(stack, d);
      if (target != null) {
        names.add(target);
      }
    }
    return java.util.Collections.unmodifiableList(new ArrayList<>(names));
  }

  /**
   * The stack of this catalog a dependency of {@code stack} points at (see {@link Dependency#target}),
   * or null for an external one: a path that leads outside the stacks folder, an expression, or a
   * relative path other than {@code "../<name>"} to a folder that is not a stack of the catalog.
   */
  public String dependencyTarget(Stack stack, Dependency d) {
    String target = d.target(stack.name());
    if (target == null || d.strict() || stack(target).isPresent()) {
      return target;
    }
    return null;
  }

  /**
   * Problems a catalog built in Java or read from files can have, each at the position of the item
   * at fault: unsafe paths (stacks_dir, overlay files), duplicate stacks, unknown tiers, unknown or
   * self dependencies, two entries writing one file. {@link #validate()} adds the graph checks.
   */
  public List<Problem> problems() {
    return CatalogProblems.problems(this);
  }

  /**
   * Every problem of the catalog the model can tell: {@link #problems()}, then the graph checks of
   * {@link CatalogGraph} (unknown targets, cycles, the tier-0 rule). Empty when the catalog is valid;
   * otherwise the problems of the first kind that has any. The catalog reader also refuses Postfix
   * lint errors ({@link #validate(List)} with its checks).
   */
  public List<Problem> validate() {
    return validate(List.of(CatalogGraph.CHECK));
  }

  /**
   * {@link #problems()}, then each of {@code checks} in the order given. Empty when all pass;
   * otherwise the problems of the first that finds any.
   */
  public List<Problem> validate(List<? extends CatalogCheck> checks) {
    Background<List<Problem>> first = checks.isEmpty() || stacks.size() < PARALLEL_CHECK_FROM
        || Runtime.getRuntime().availableProcessors() < 2 ? null
            : Background.start("stackgen-check", new FirstCheck(this, checks.get(0)));
    List<Problem> found = problems();
    if (!found.isEmpty()) {
      return found; // the first check's answer is not needed (its thread is a daemon)
    }
    for (int k = 0; k < checks.size(); k++) {
      found = k == 0 && first != null ? FirstCheck.answer(first) : checks.get(k).problems(this);
      if (!found.isEmpty()) {
        return List.copyOf(found);
      }
    }
    return List.of();
  }

  /**
   * Catalogs of this many stacks or more run their first check ({@link CatalogGraph} when reading) on a
   * second thread while the main thread finds {@link #problems()} (issue 23: on 10,000 stacks each is
   * about a tenth of the main thread's time, and the main thread is the critical path of {@code check}).
   * Its answer is taken only when {@link #problems()} finds none, and what it threw is thrown then, so the
   * result is that of running them one after the other. Both only read the catalog, which is immutable.
   */
  static final int PARALLEL_CHECK_FROM = 512;

  /** The first check as background work (a class, not a lambda: no class spun at run time). */
  private record FirstCheck(Catalog catalog, CatalogCheck check) implements Background.Work<List<Problem>> {
    @Override
    public List<Problem> run() {
      return check.problems(catalog);
    }

    static List<Problem> answer(Background<List<Problem>> first) {
      try {
        return first.result();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // a check reads no file
      }
    }
  }

  /** The problem of a stack whose tier is not a key of {@code root.tiers}, reported at the stack. */
  public Optional<Problem> tierProblem(Stack s) {
    if (root.tier(s.tier()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Problem(s.source(), CatalogNames.STACK + " \"" + s.name() + "\": " + CatalogNames.TIER
        + " \"" + s.tier()
        + "\" is not a key of root.tiers (" + tierNames() + ")"
        + Suggestions.hint(s.tier(), root.tiers().stream().map(Tier::name).toList())));
  }

  private String tierNames() {
    return String.join(", ", root.tiers().stream().map(Tier::name).toList());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A problem found in a catalog, at a source position. */
  public record Problem(SourceRef source, String message) {
    @Override
    public String toString() {
      return source + ": " + message;
    }
  }

  /**
   * A catalog that {@link Builder#build()} refuses: the message is the first problem's (the same words
   * the command line prints after {@code file:line:col:}); {@link #problems()} has them all.
   */
  public static final class InvalidCatalogException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidCatalogException(List<Problem> problems) {
      super(problems.get(0).message());
      this.problems = List.copyOf(problems);
    }

    private static final java.util.regex.Pattern SAFE_DIR =
        java.util.regex.Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final java.util.regex.Pattern TF_FILE =
        java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");

    public List<Problem> problems() {
      return problems;
    }
  }

  /** Builds a catalog from Java; {@link #build} fails on the first problem, as reading a catalog file does. */
  public static final class Builder {
    private Settings settings = Settings.DEFAULT;
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<StackItem> defaults = new ArrayList<>();
    private final List<Stack> stacks = new ArrayList<>();

    private Builder() {}

    public Builder settings(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Builder tier(String name, String directory) {
      tiers.add(Tier.of(name, directory));
      return this;
    }

    public Builder provider(Provider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    public Builder defaultItem(StackItem item) {
      defaults.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    public Builder stack(Stack stack) {
      stacks.add(Objects.requireNonNull(stack, "stack"));
      return this;
    }

    public Catalog build() {
      Root root = new Root(tiers, Trivia.NONE, providers, Root.DEFAULT_LOCAL_STATE_PATH, Root.DEFAULT_PG_CONN_STR,
          List.of(), List.of(), Trivia.NONE, Trivia.NONE, SourceRef.NONE);
      Catalog catalog = new Catalog(settings, root, new Defaults(defaults), stacks);
      List<Problem> problems = catalog.validate();
      if (!problems.isEmpty()) {
        throw new InvalidCatalogException(problems);
      }
      return catalog;
    }
  }
}
