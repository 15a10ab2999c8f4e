package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Names;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Provider;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackBlock;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.State;
import dev.stackgen.model.Tier;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the blocks of all catalog files into one catalog, checking each as it comes. */
final class CatalogBuilder {
  private Settings settings;
  private SourceRef settingsAt;
  private Root root;
  private SourceRef rootAt;
  private Defaults defaults;
  private SourceRef defaultsAt;
  private final List<Stack> stacks = new ArrayList<>();
  /** Where each stack's {@code tier = "..."} value is written, so an unknown tier is reported there. */
  private final Map<String, SourceRef> tierRefs = new HashMap<>();
  /** Where each leading_blank_lines entry is written, to report a path the catalog does not generate. */
  private final Map<String, SourceRef> blankLineRefs = new LinkedHashMap<>();
  /** Where each no_final_newline entry is written, to report a path the catalog does not generate. */
  private final Map<String, SourceRef> newlineRefs = new LinkedHashMap<>();
  /** Where {@code root_file} is written (null when the catalog keeps the default). */
  private SourceRef rootFileAt;
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
    List<Node> pending = new ArrayList<>();
    for (Node node : file.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      SourceRef at = CatalogReader.ref(file, node);
      schema.topLevel(file, node);
      Block block = (Block) node;
      switch (block.type()) {
        case "stackgen" -> {
          once(settingsAt, at, "stackgen");
          labels(block, at, 0);
          settings = readSettings(file, block);
          settingsAt = at;
        }
        case "root" -> {
          once(rootAt, at, "root");
          labels(block, at, 0);
          root = new RootReader(file).read(block, header(pending), at);
          rootAt = at;
        }
        case "defaults" -> {
          once(defaultsAt, at, "defaults");
          labels(block, at, 0);
          defaults = new Defaults(readDefaults(file, block));
          defaultsAt = at;
        }
        case "stack" -> stacks.add(readStack(file, block, header(pending), at));
        case "shared" -> shared.add(readShared(file, block, header(pending), at));
        case "stack_file" -> stackFiles.add(readStackFile(file, block, header(pending), at));
        default -> {
          String suggestion = Items.closest(block.type(), "stackgen", "root", "defaults", "stack", "shared",
              "stack_file");
          throw new CatalogException(at, "unknown block type \"" + block.type()
              + "\"; expected stackgen, root, defaults, stack, shared or stack_file"
              + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)"));
        }
      }
      pending.clear();
    }
  }

  /** The stacks read so far, not validated against each other. */
  List<Stack> stacks() {
    return List.copyOf(stacks);
  }

  Catalog build() throws CatalogException {
    return build(java.util.Set.of());
  }

  /** The catalog, validated as {@link Catalog#validate(java.util.Set)} does (without the kinds given). */
  Catalog build(java.util.Set<String> skippedChecks) throws CatalogException {
    if (root == null) {
      throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1),
          "the catalog has no root block (it defines the tiers: root { tiers = { ... } })");
    }
    Catalog catalog = new Catalog(settings == null ? Settings.DEFAULT : settings, root,
        defaults == null ? Defaults.NONE : defaults, stacks, warnings, shared, stackFiles);
    if (!blankLineRefs.isEmpty() || !newlineRefs.isEmpty()) {
      java.util.Set<String> owned = new java.util.HashSet<>(catalog.ownedPaths());
      for (var refs : List.of(Map.entry("leading_blank_lines", blankLineRefs), Map.entry("no_final_newline",
          newlineRefs))) {
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
    List<Catalog.Problem> problems = catalog.validate(skippedChecks);
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
        at = rootFileAt;
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

  private static final java.util.regex.Pattern TF_FILE =
      java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");

  /** {@code file "<path>" { items... }}: verbatim items and postfix_overlay blocks, in order. */
  private static StackFile readFileBlock(HclFile file, Block block, SourceRef at) throws CatalogException {
    labels(block, at, 1);
    String path = block.labels().get(0).value();
    if (!TF_FILE.matcher(path).matches() || path.contains("..") || path.equals("main.tf")) {
      throw new CatalogException(at, "file must be a relative path to a .tf file inside the stack folder"
          + " (no '..', not main.tf), got \"" + path + "\"");
    }
    List<StackFile.Item> items = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node node : block.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      Trivia leading = CatalogReader.triviaOf(pending);
      pending.clear();
      if (node instanceof Block b && b.type().equals("postfix_overlay")) {
        items.add(new StackFile.Item(null, PostfixReader.read(file, b, leading, path)));
      } else {
        items.add(new StackFile.Item(Items.verbatim(file, node, leading), null));
      }
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "file \"" + path + "\" has no items");
    }
    return new StackFile(path, items, CatalogReader.triviaOf(pending), at);
  }

  /**
   * {@code shared "<path>" { items }}: an owned .hcl file below the stacks folder, its items written
   * exactly as given; {@code locals}, {@code include} and {@code dependency} blocks typed.
   */
  private static SharedFile readShared(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    labels(block, at, 1);
    String path = block.labels().get(0).value();
    if (!SharedFile.isSharedPath(path)) {
      throw new CatalogException(at, "shared file \"" + path + "\" must be a relative path to a .hcl file below"
          + " the stacks folder (no '..'; not terragrunt.hcl, terragrunt.stack.hcl or terragrunt.values.hcl)");
    }
    List<StackItem> items = new ArrayList<>();
    List<Attr> locals = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    for (Node node : block.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      Trivia leading = CatalogReader.triviaOf(pending);
      pending.clear();
      SourceRef ref = CatalogReader.ref(file, node);
      StackItem item;
      if (node instanceof Block b && b.type().equals("include")) {
        item = Items.include(file, b, leading);
      } else if (node instanceof Block b && b.type().equals("dependency")) {
        Dependency d = Items.dependency(file, b, leading);
        item = d;
        if (!d.explicit()) {
          throw new CatalogException(ref, "dependency \"" + d.label() + "\" in a shared file needs its own"
              + " config_path (it is resolved from each unit that includes the file)");
        }
      } else if (node instanceof Block b && b.type().equals("locals")) {
        locals.addAll(localsOf(file, b));
        item = Items.verbatim(file, node, leading);
      } else if (node instanceof Block b && List.of("stack", "root", "defaults", "stackgen", "shared", "module",
          "file", "postfix_overlay").contains(b.type())) {
        throw new CatalogException(ref, b.type() + " block is not allowed inside a shared file");
      } else {
        item = Items.verbatim(file, node, leading);
      }
      SourceRef first = seen.putIfAbsent(item.key(), ref);
      if (first != null && !(item.key().equals("locals"))) {
        throw new CatalogException(ref, "shared file \"" + path + "\" has " + item.key() + " twice (first at "
            + first + ")");
      }
      items.add(item);
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "shared file \"" + path + "\" has no items");
    }
    return new SharedFile(path, header, items, locals, CatalogReader.triviaOf(pending), at);
  }

  /**
   * {@code stack_file "<dir>" { locals, unit "x" { }, stack "y" { } }}: the {@code terragrunt.stack.hcl} of a
   * folder, written exactly as given; unit and stack blocks typed as Terragrunt documents them.
   */
  private static StackConfig readStackFile(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    labels(block, at, 1);
    String dir = block.labels().get(0).value();
    if (!Names.isStackPath(dir)) {
      throw new CatalogException(at, "stack_file folder \"" + dir + "\" is not a safe path (segments of letters,"
          + " digits, '.', '_' and '-', none starting with '.' or '-', joined by '/')");
    }
    List<StackItem> items = new ArrayList<>();
    List<Attr> locals = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node node : block.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      Trivia leading = CatalogReader.triviaOf(pending);
      pending.clear();
      SourceRef ref = CatalogReader.ref(file, node);
      if (node instanceof Block b && (b.type().equals("unit") || b.type().equals("stack"))) {
        items.add(stackBlock(file, b, leading));
      } else if (node instanceof Block b && b.type().equals("locals")) {
        locals.addAll(localsOf(file, b));
        items.add(Items.verbatim(file, node, leading));
      } else {
        String name = node instanceof Block b ? b.type() : ((Attribute) node).name();
        String suggestion = Items.closest(name, "locals", "unit", "stack");
        throw new CatalogException(ref, "unexpected " + (node instanceof Block ? "block" : "attribute") + " \""
            + name + "\" in stack_file; a terragrunt.stack.hcl holds locals, unit and stack blocks"
            + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)"));
      }
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "stack_file \"" + dir + "\" has no items");
    }
    return new StackConfig(dir, header, items, locals, CatalogReader.triviaOf(pending), at);
  }

  private static StackBlock stackBlock(HclFile file, Block b, Trivia leading) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, b);
    labels(b, at, 1);
    Expr source = null;
    Expr path = null;
    java.util.Optional<Expr> values = java.util.Optional.empty();
    java.util.Optional<Boolean> noDot = java.util.Optional.empty();
    java.util.Optional<Boolean> noValidation = java.util.Optional.empty();
    Map<String, SourceRef> seen = new HashMap<>();
    for (Node n : b.body().nodes()) {
      if (n instanceof Block inner) {
        if (!inner.type().equals("autoinclude")) {
          throw new CatalogException(CatalogReader.ref(file, inner), "unexpected block \"" + inner.type() + "\" in "
              + b.type() + " block; it takes " + String.join(", ", StackBlock.ATTRIBUTES) + " and autoinclude");
        }
        continue;
      }
      if (!(n instanceof Attribute a)) {
        continue;
      }
      if (seen.putIfAbsent(a.name(), Items.ref(file, a)) != null) {
        throw new CatalogException(Items.ref(file, a), "attribute \"" + a.name() + "\" given twice in " + b.type()
            + " \"" + b.labels().get(0).value() + "\"");
      }
      Expr value = new Expr(a.expression().text().strip());
      switch (a.name()) {
        case "source" -> source = value;
        case "path" -> path = value;
        case "values" -> values = java.util.Optional.of(value);
        case "no_dot_terragrunt_stack" -> noDot = java.util.Optional.of(Items.bool(file, a));
        case "no_validation" -> noValidation = java.util.Optional.of(Items.bool(file, a));
        default -> throw Items.unknownAttribute(file, a, b.type());
      }
    }
    if (source == null || path == null) {
      throw new CatalogException(at, b.type() + " \"" + b.labels().get(0).value() + "\" needs "
          + (source == null ? "source" : "path") + " (Terragrunt requires source and path)");
    }
    return new StackBlock(b.type().equals("unit") ? StackBlock.Kind.UNIT : StackBlock.Kind.STACK,
        b.labels().get(0).value(), source, path, values, noDot, noValidation, leading, at, Items.text(file, b));
  }

  /** The attributes of a {@code locals} block, typed; a nested block there is an error. */
  private static List<Attr> localsOf(HclFile file, Block block) throws CatalogException {
    List<Attr> attrs = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node n : block.body().nodes()) {
      if (n instanceof Comment || n instanceof BlankLine) {
        pending.add(n);
      } else if (n instanceof Attribute a) {
        attrs.add(Items.attr(file, a, CatalogReader.triviaOf(pending)));
        pending.clear();
      } else {
        throw new CatalogException(CatalogReader.ref(file, n), "unexpected block \"" + ((Block) n).type()
            + "\" in locals; it takes attributes only");
      }
    }
    return attrs;
  }

  /** The comment lines directly above a block (a blank line in between detaches them). */
  static Trivia header(List<Node> pending) {
    int start = pending.size();
    while (start > 0 && pending.get(start - 1) instanceof Comment) {
      start--;
    }
    return CatalogReader.triviaOf(pending.subList(start, pending.size()));
  }

  private static void once(SourceRef first, SourceRef at, String what) throws CatalogException {
    if (first != null) {
      throw new CatalogException(at, "duplicate " + what + " block (first at " + first + ")");
    }
  }

  static void labels(Block block, SourceRef at, int count) throws CatalogException {
    if (block.labels().size() != count) {
      throw new CatalogException(at, block.type() + " block takes " + (count == 0 ? "no labels"
          : count == 1 ? "one label" : count + " labels") + ", got " + block.labels().size());
    }
  }

  /** The most blank lines {@code leading_blank_lines} may put above a file (the output stays near the input's size). */
  static final int MAX_LEADING_BLANK_LINES = 1000;

  private Settings readSettings(HclFile file, Block block) throws CatalogException, HclSyntaxException {
    String stacksDir = Settings.DEFAULT.stacksDir();
    boolean header = Settings.DEFAULT.header();
    String rootFile = Settings.DEFAULT.rootFile();
    String templates = "";
    Map<String, Integer> blankLines = new LinkedHashMap<>();
    java.util.Set<String> noFinalNewline = new java.util.LinkedHashSet<>();
    for (Attribute a : Items.attributesOnly(file, block)) {
      switch (a.name()) {
        case "leading_blank_lines" -> {
          for (ObjectEntries.Entry e : ObjectEntries.parse(file, a.expression()).entries()) {
            int n;
            try {
              n = Integer.parseInt(e.value());
            } catch (NumberFormatException x) {
              n = 0;
            }
            if (n < 1 || e.key().isEmpty() || e.key().startsWith("/") || e.key().contains("..")) {
              throw new CatalogException(e.source(), "leading_blank_lines maps an owned file's repository path to"
                  + " the number of blank lines it starts with, e.g. { \"stacks/a/main.tf\" = 1 }; got "
                  + e.key() + " = " + e.value());
            }
            if (n > MAX_LEADING_BLANK_LINES) {
              throw new CatalogException(e.source(), "leading_blank_lines allows at most " + MAX_LEADING_BLANK_LINES
                  + " blank lines at the start of a file; got " + e.key() + " = " + e.value());
            }
            blankLines.put(e.key(), n);
            blankLineRefs.put(e.key(), e.source());
          }
        }
        case "no_final_newline" -> {
          List<String> paths;
          try {
            paths = dev.stackgen.hcl.Expressions.decodeStringList(a.expression());
          } catch (HclSyntaxException x) {
            paths = null;
          }
          if (paths == null || paths.stream().anyMatch(p -> p.isEmpty() || p.startsWith("/") || p.contains(".."))) {
            throw new CatalogException(Items.valueRef(file, a), "no_final_newline lists the repository paths of owned"
                + " files that end without a final newline, e.g. [\"prod/app/terragrunt.hcl\"]; got "
                + Items.abbreviate(a.expression().text()));
          }
          for (String p : paths) {
            noFinalNewline.add(p);
            newlineRefs.putIfAbsent(p, Items.valueRef(file, a));
          }
        }
        case "stacks_dir" -> {
          stacksDir = Items.string(file, a);
          if (!stacksDir.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || stacksDir.contains("..")) {
            throw new CatalogException(Items.ref(file, a),
                "stacks_dir must be a relative folder inside the repository, got \"" + stacksDir + "\"");
          }
        }
        case "header" -> header = Items.bool(file, a);
        case "root_file" -> {
          rootFile = Items.string(file, a);
          rootFileAt = Items.valueRef(file, a);
          if (!Settings.isRootFileName(rootFile)) {
            throw new CatalogException(Items.valueRef(file, a), "root_file must be a file name ending in .hcl"
                + " at the repository root (\"root.hcl\" or \"terragrunt.hcl\"), got \"" + rootFile + "\"");
          }
        }
        case "templates" -> templates = templatesFolder(file, a);
        case SchemaCheck.ALLOW_TERRAGRUNT -> { } // read before the files, see SchemaCheck.allowList
        default -> throw Items.unknownAttribute(file, a, "stackgen");
      }
    }
    return new Settings(stacksDir, header, rootFile, templates, blankLines, noFinalNewline);
  }

  /** {@code templates = "DIR"}: a folder of template overrides, relative and inside the repository. */
  static String templatesFolder(HclFile file, Attribute a) throws CatalogException {
    String dir = Items.string(file, a);
    if (!dir.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?") || dir.equals(".") || dir.contains("..")) {
      throw new CatalogException(Items.valueRef(file, a),
          "templates must be a relative folder inside the repository, got \"" + dir + "\"");
    }
    return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
  }

  private static List<StackItem> readDefaults(HclFile file, Block block) throws CatalogException, HclSyntaxException {
    List<StackItem> items = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node node : block.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      Trivia leading = CatalogReader.triviaOf(pending);
      pending.clear();
      if (node instanceof Block b && b.type().equals("dependency")) {
        items.add(Items.dependency(file, b, leading));
      } else if (node instanceof Block b && (b.type().equals("include") || b.type().equals("stack")
          || b.type().equals("module"))) {
        throw new CatalogException(CatalogReader.ref(file, node), b.type() + " is not allowed in defaults");
      } else {
        items.add(Items.verbatim(file, node, leading));
      }
    }
    return items;
  }

  private Stack readStack(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    labels(block, at, 1);
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
    List<Node> pending = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    Block module = null;
    Trivia moduleHeader = Trivia.NONE;
    for (Node node : block.body().nodes()) {
      if (node instanceof Comment || node instanceof BlankLine) {
        pending.add(node);
        continue;
      }
      SourceRef ref = CatalogReader.ref(file, node);
      Trivia leading = CatalogReader.triviaOf(pending);
      Trivia attached = header(pending);
      pending.clear();
      if (node instanceof Attribute a) {
        SourceRef first = seen.putIfAbsent("attribute " + a.name(), ref);
        if (first != null) {
          throw new CatalogException(ref, "attribute \"" + a.name() + "\" given twice in stack \"" + name
              + "\" (first at " + first + ")");
        }
        switch (a.name()) {
          case "tier" -> {
            tier = Items.string(file, a);
            tierRefs.put(name, Items.valueRef(file, a));
          }
          case "state" -> {
            String s = Items.string(file, a);
            state = State.ofKeyword(s);
            if (state == null) {
              throw new CatalogException(Items.valueRef(file, a),
                  "state must be \"local\" or \"pg\", got \"" + s + "\"");
            }
          }
          case "use_defaults" -> useDefaults = Items.bool(file, a);
          case "layout" -> {
            String l = Items.string(file, a);
            if (!l.equals("exact") && !l.equals("default")) {
              throw new CatalogException(Items.valueRef(file, a),
                  "layout must be \"exact\" or \"default\", got \"" + l + "\"");
            }
            exact = l.equals("exact");
          }
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
          SourceRef first = seen.putIfAbsent("module", ref);
          if (first != null) {
            throw new CatalogException(ref, "stack \"" + name + "\" has more than one module block (first at "
                + first + ")");
          }
          module = b;
          moduleHeader = attached;
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
          StackFile f = readFileBlock(file, b, ref);
          SourceRef first = seen.putIfAbsent("file " + f.path(), ref);
          if (first != null) {
            throw new CatalogException(ref, "file \"" + f.path() + "\" given twice in stack \"" + name
                + "\" (first at " + first + ")");
          }
          for (StackFile.Item item : f.items()) {
            if (item.overlay() != null) {
              PostfixOverlay o = item.overlay();
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
    if (tier == null) {
      throw new CatalogException(at, "stack \"" + name + "\" has no tier (add tier = \"<a key of root.tiers>\")");
    }
    for (PostfixOverlay o : overlays) {
      for (StackFile f : files) {
        if (f.path().equals(o.file()) && f.items().stream().noneMatch(i -> i.overlay() == o)) {
          throw new CatalogException(o.source(), "postfix_overlay file " + o.file()
              + " is written by the file block at " + f.source() + "; move the overlay into it");
        }
      }
    }
    Stack stack = new Stack(name, tier, state, header, items, useDefaults, overlays, CatalogReader.triviaOf(pending),
        at, java.util.Optional.empty(), exact, files);
    if (module != null) {
      Declarations provided = rootDeclared.plus(Declared.byGenerateBlocks(file, block.body().nodes()));
      stack = stack.withModule(new ModuleReader(file, name, tier, warnings, provided).read(module, moduleHeader));
    }
    return stack;
  }
}
