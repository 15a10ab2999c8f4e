package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Names;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the blocks of all catalog files into one catalog, checking each as it comes. */
final class CatalogBuilder {
  private Settings settings;
  private SourceRef settingsAt;
  private Root root;
  private Defaults defaults;
  private final List<Stack> stacks = new ArrayList<>();
  /** Where each stack's {@code tier = "..."} value is written, so an unknown tier is reported there. */
  private final Map<String, SourceRef> tierRefs = new HashMap<>();
  /** The stackgen block's reader, which keeps where its paths are written. */
  private final SettingsReader settingsReader = new SettingsReader();
  private final List<SharedFile> shared = new ArrayList<>();
  private final List<StackConfig> stackFiles = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final SchemaCheck schema;

  CatalogBuilder() {
    this(java.util.Set.of());
  }

  /** A builder that accepts the Terragrunt names in {@code allowTerragrunt} unchecked. */
  CatalogBuilder(java.util.Set<String> allowTerragrunt) {
    this.schema = new SchemaCheck(allowTerragrunt, warnings);
  }

  /** What the root's generate blocks write into every stack (found before any stack is read). */
  private Declarations rootDeclared = Declarations.NONE;

  /** Looks ahead at a catalog file before the files are read: the root may come after the stacks. */
  void prescan(HclFile file) {
    provide(Declared.byRoot(file));
  }

  /** Declarations every stack has from the root's generate blocks, given directly. */
  void provide(Declarations declarations) {
    rootDeclared = rootDeclared.plus(declarations);
  }

  void readFile(HclFile file) throws CatalogException, HclSyntaxException {
    for (BodyItems.Item item : BodyItems.of(file.body())) {
      Node node = item.node();
      SourceRef at = CatalogReader.ref(file, node);
      schema.topLevel(file, node);
      Block block = (Block) node;
      switch (block.type()) {
        case "stackgen" -> {
          settings = settingsReader.read(file, block);
          settingsAt = at;
        }
        case "root" -> {
          root = new RootReader(file).read(block, item.header(), at);
        }
        case "defaults" -> defaults = new Defaults(readDefaults(file, block));
        case "stack" -> stacks.add(readStack(file, block, item.header(), at));
        case "shared" -> shared.add(FileBlocks.readShared(file, block, item.header(), at));
        case "stack_file" -> stackFiles.add(FileBlocks.readStackFile(file, block, item.header(), at));
        default -> throw new IllegalStateException("a top-level block the schema takes but no reader reads: "
            + block.type());
      }
    }
  }

  /** The stacks read so far, not validated against each other. */
  List<Stack> stacks() {
    return List.copyOf(stacks);
  }

  Catalog build() throws CatalogException {
    return build(java.util.Set.of());
  }

  /** The catalog, validated with {@link CatalogReader#CHECKS} (without the kinds given). */
  Catalog build(java.util.Set<String> skippedChecks) throws CatalogException {
    if (root == null) {
      throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1),
          "the catalog has no root block (it defines the tiers: root { tiers = { ... } })");
    }
    Catalog catalog = new Catalog(settings == null ? Settings.DEFAULT : settings, root,
        defaults == null ? Defaults.NONE : defaults, stacks, warnings, shared, stackFiles);
    if (!settingsReader.blankLineRefs.isEmpty() || !settingsReader.newlineRefs.isEmpty()) {
      java.util.Set<String> owned = new java.util.HashSet<>(catalog.ownedPaths());
      for (var refs : List.of(Map.entry("leading_blank_lines", settingsReader.blankLineRefs), Map.entry(
          "no_final_newline",
          settingsReader.newlineRefs))) {
        for (var e : refs.getValue().entrySet()) {
          if (!owned.contains(e.getKey())) {
            String closest = Suggestions.didYouMean(e.getKey(), catalog.ownedPaths());
            throw new CatalogException(e.getValue(), refs.getKey() + " names \"" + e.getKey()
                + "\", which the catalog does not generate" + (closest == null ? "" : " (did you mean \"" + closest
                    + "\"?)"));
          }
        }
      }
    }
    refuseProtectedPaths(catalog);
    List<Catalog.Problem> problems = catalog.validate(CatalogReader.CHECKS.stream()
        .filter(c -> !skippedChecks.contains(c.kind())).toList());
    if (!problems.isEmpty()) {
      Catalog.Problem p = problems.get(0);
      throw new CatalogException(tierPosition(catalog, p), p.message());
    }
    return catalog;
  }

  /**
   * No generated file may be the catalog, one of its drop-ins, anything in {@code .git} or in the
   * templates folder: {@code generate --adopt} would overwrite them. The error is at the catalog line
   * that makes the path (root_file, the stack, the shared file or stack file).
   */
  private void refuseProtectedPaths(Catalog catalog) throws CatalogException {
    Settings s = catalog.settings();
    for (String path : catalog.ownedPaths()) {
      String what = protectedBy(path, s.templates());
      if (what == null) {
        continue;
      }
      SourceRef at = null;
      if (path.equals(s.rootFile())) {
        at = settingsReader.rootFileAt;
      }
      for (Stack stack : stacks) {
        if (at == null && path.startsWith(s.stackDir(stack.name()))) {
          at = stack.source();
        }
      }
      String prefix = s.stacksDir().equals(".") ? "" : s.stacksDir() + "/";
      for (SharedFile f : shared) {
        if (at == null && path.equals(prefix + f.path())) {
          at = f.source();
        }
      }
      for (StackConfig f : stackFiles) {
        if (at == null && path.equals(s.stackDir(f.dir()) + StackConfig.FILE)) {
          at = f.source();
        }
      }
      throw new CatalogException(at == null ? settingsAt == null ? SourceRef.NONE : settingsAt : at,
          "the catalog would generate " + path + ", which is " + what + "; stackgen never writes the catalog,"
              + " " + CatalogReader.DROP_IN_DIR + "/, .git/ or the templates folder");
    }
  }

  /** {@code templates = "DIR"}: see {@link SettingsReader#templatesFolder}. */
  static String templatesFolder(HclFile file, Attribute a) throws CatalogException {
    return SettingsReader.templatesFolder(file, a);
  }

  /** Why stackgen may not write {@code path}, or null when it may. */
  static String protectedBy(String path, String templates) {
    if (path.equals(CatalogReader.MAIN_FILE)) {
      return "the catalog itself";
    }
    if (path.startsWith(CatalogReader.DROP_IN_DIR + "/")) {
      return "a catalog drop-in";
    }
    if (("/" + path).contains("/.git/") || path.equals(".git")) {
      return "inside .git";
    }
    if (!templates.isEmpty() && path.startsWith(templates + "/")) {
      return "in the templates folder";
    }
    return null;
  }

  /**
   * The model reports an unknown tier at its stack (it has no position for attributes); the reader
   * knows where the value is written, so the error points at it.
   */
  private SourceRef tierPosition(Catalog catalog, Catalog.Problem p) {
    for (Stack s : stacks) {
      SourceRef at = tierRefs.get(s.name());
      if (at != null && catalog.tierProblem(s).filter(p::equals).isPresent()) {
        return at;
      }
    }
    return p.source();
  }

  private static List<StackItem> readDefaults(HclFile file, Block block) throws CatalogException, HclSyntaxException {
    List<StackItem> items = new ArrayList<>();
    for (BodyItems.Item item : BodyItems.of(block)) {
      Node node = item.node();
      Trivia leading = item.leading();
      if (node instanceof Block b && b.type().equals("dependency")) {
        items.add(Items.dependency(file, b, leading));
      } else {
        items.add(Items.verbatim(file, node, leading));
      }
    }
    return items;
  }

  private Stack readStack(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    String name = block.labels().get(0).value();
    if (!Names.isStackPath(name)) {
      throw new CatalogException(at, "stack name \"" + name
          + "\" is not a safe path (segments of letters, digits, '.', '_' and '-', none starting with '.' or"
          + " '-', joined by '/': \"web\" or \"prod/us-east-1/mysql\")");
    }
    String tier = null;
    State state = State.PG;
    boolean useDefaults = true;
    boolean exact = false;
    List<StackItem> items = new ArrayList<>();
    List<PostfixOverlay> overlays = new ArrayList<>();
    List<StackFile> files = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    Block module = null;
    Trivia moduleHeader = Trivia.NONE;
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      Node node = item.node();
      SourceRef ref = CatalogReader.ref(file, node);
      Trivia leading = item.leading();
      if (node instanceof Attribute a) {
        switch (a.name()) {
          case "tier" -> {
            tier = Items.string(file, a);
            tierRefs.put(name, Items.valueRef(file, a));
          }
          case "state" -> state = State.ofKeyword(Items.string(file, a)); // one of the schema's values
          case "use_defaults" -> useDefaults = Items.bool(file, a);
          case "layout" -> exact = Items.string(file, a).equals("exact");
          default -> items.add(Items.verbatim(file, node, leading));
        }
        continue;
      }
      Block b = (Block) node;
      switch (b.type()) {
        case "dependency" -> {
          Dependency d = Items.dependency(file, b, leading);
          SourceRef first = seen.putIfAbsent("dependency " + d.label(), ref);
          if (first != null) {
            throw new CatalogException(ref, "dependency \"" + d.label() + "\" given twice in stack \""
                + name + "\" (first at " + first + ")");
          }
          items.add(d);
        }
        case "module" -> {
          module = b; // at most one: the schema's count
          moduleHeader = item.header();
        }
        case "postfix_overlay" -> {
          PostfixOverlay overlay = PostfixReader.read(file, b, new Trivia(leading.fromFirstComment()));
          SourceRef first = seen.putIfAbsent("overlay " + overlay.file() + " " + overlay.variable(), ref);
          if (first != null) {
            throw new CatalogException(ref, "postfix_overlay \"" + overlay.variable() + "\" for "
                + overlay.file() + " given twice in stack \"" + name + "\" (first at " + first + ")");
          }
          if (overlay.file().equals("main.tf")) {
            throw new CatalogException(ref, "postfix_overlay file " + overlay.file()
                + " would overwrite the stack's own " + overlay.file());
          }
          overlays.add(overlay);
        }
        case "file" -> {
          StackFile f = FileBlocks.readFileBlock(file, b, ref);
          SourceRef first = seen.putIfAbsent("file " + f.path(), ref);
          if (first != null) {
            throw new CatalogException(ref, "file \"" + f.path() + "\" given twice in stack \"" + name
                + "\" (first at " + first + ")");
          }
          for (StackFile.Item fileItem : f.items()) {
            if (fileItem.overlay() != null) {
              PostfixOverlay o = fileItem.overlay();
              SourceRef firstOverlay = seen.putIfAbsent("overlay " + o.file() + " " + o.variable(), o.source());
              if (firstOverlay != null) {
                throw new CatalogException(o.source(), "postfix_overlay \"" + o.variable() + "\" for " + o.file()
                    + " given twice in stack \"" + name + "\" (first at " + firstOverlay + ")");
              }
              overlays.add(o);
            }
          }
          files.add(f);
        }
        case "include" -> items.add(Items.include(file, b, leading));
        case "stack", "root", "defaults", "stackgen", "shared" -> throw new CatalogException(ref,
            b.type() + " block is not allowed inside a stack");
        default -> items.add(Items.verbatim(file, node, leading));
      }
    }
    for (PostfixOverlay o : overlays) {
      for (StackFile f : files) {
        if (f.path().equals(o.file()) && f.items().stream().noneMatch(i -> i.overlay() == o)) {
          throw new CatalogException(o.source(), "postfix_overlay file " + o.file()
              + " is written by the file block at " + f.source() + "; move the overlay into it");
        }
      }
    }
    Stack stack = new Stack(name, tier, state, header, items, useDefaults, overlays, body.trailing(),
        at, java.util.Optional.empty(), exact, files);
    if (module != null) {
      Declarations provided = rootDeclared.plus(Declared.byGenerateBlocks(file, block.body().nodes()));
      stack = stack.withModule(new ModuleReader(file, name, tier, warnings, provided).read(module, moduleHeader));
    }
    return stack;
  }
}
