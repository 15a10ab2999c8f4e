package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.FileSyntax;
import dev.stackgen.model.ModuleSyntax;
import dev.stackgen.model.Names;
import dev.stackgen.model.OverlaySyntax;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.StackSyntax;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code stack "<name>" { }} block through a {@link Binder} over {@link CatalogSchema#STACK}:
 * its settings ({@code tier}, {@code state}, {@code use_defaults}, {@code layout}), dependencies,
 * includes, the module block ({@link ModuleReader}), postfix overlays and file blocks; every other
 * item is Terragrunt's, copied as written. One reader per stack block.
 */
final class StackReader {
  /** Blocks that only make sense at the top level (a newer Terragrunt name let through may still clash). */
  private static final List<String> TOP_LEVEL_ONLY = List.of(Name.STACK, Name.ROOT, Name.DEFAULTS, Name.STACKGEN,
      Name.SHARED);

  /**
   * What each item of a stack block fills, bound once for all stacks (issue 23: was a binder with a dozen
   * lambdas per stack). The settings are also kept as written, in order.
   */
  private static final Binder.Table<StackReader> BINDINGS = new Binder.Table<StackReader>(CatalogSchema.STACK)
      .attr(Name.TIER, (r, a, leading, item) -> {
        r.setting(a, leading);
        r.tier = Items.string(r.file, a);
        r.tierAt = Items.valueRef(r.file, a);
      })
      .attr(Name.STATE, (r, a, leading, item) -> {
        r.setting(a, leading);
        r.state = State.ofKeyword(Items.string(r.file, a)); // schema's values
      })
      .attr(Name.USE_DEFAULTS, (r, a, leading, item) -> {
        r.setting(a, leading);
        r.useDefaults = Items.bool(r.file, a);
      })
      .attr(Name.LAYOUT, (r, a, leading, item) -> {
        r.setting(a, leading);
        r.exact = Items.string(r.file, a).equals("exact");
      })
      .otherAttributes((r, a, leading, item) -> r.item(Items.verbatim(r.file, a, leading)))
      .block(Name.DEPENDENCY, (r, b, leading, item) -> r.dependency(b, leading, r.shorthand.test(b)))
      .block(Name.MODULE, (r, b, leading, item) -> {
        r.module = b; // at most one: the schema's count
        r.moduleHeader = item.header();
        r.order.add(StackSyntax.Part.MODULE);
        r.blocks.add(Items.verbatim(r.file, b, leading));
      })
      .block(Name.POSTFIX_OVERLAY, (r, b, leading, item) -> r.overlay(b, leading))
      .block(Name.FILE, (r, b, leading, item) -> r.fileBlock(b, leading))
      .block(TerragruntSchema.INCLUDE.name(), (r, b, leading, item) -> r.item(Items.include(r.file, b, leading)))
      .otherBlocks((r, b, leading, item) -> {
        if (TOP_LEVEL_ONLY.contains(b.type())) {
          throw new CatalogException(CatalogReader.ref(r.file, b), b.type() + " block is not allowed inside a stack");
        }
        r.item(Items.verbatim(r.file, b, leading));
      });

  private final HclFile file;
  private final List<Warning> warnings;
  private final Declarations rootDeclared;

  // What the stack block says, filled by the binder while its body is read.
  private String name;
  private String tier;
  /** Where the tier value is written ({@link StackSyntax#tier}). */
  private SourceRef tierAt = SourceRef.NONE;
  private State state = State.PG;
  private boolean useDefaults = true;
  private boolean exact;
  private final List<StackItem> items = new ArrayList<>();
  private final List<PostfixOverlay> overlays = new ArrayList<>();
  private final List<StackFile> files = new ArrayList<>();
  private final Map<String, SourceRef> seen = new HashMap<>();
  private Block module;
  private final List<Attr> settings = new ArrayList<>();
  private final List<StackSyntax.Part> order = new ArrayList<>();
  private final List<Verbatim> blocks = new ArrayList<>();
  private final List<OverlaySyntax> overlaySyntax = new ArrayList<>();
  private final List<FileSyntax> fileSyntax = new ArrayList<>();
  private Trivia moduleHeader = Trivia.NONE;
  /** Which dependency blocks are written {@code dependency "x" {}} (see {@link #readFile}). */
  private java.util.function.Predicate<Block> shorthand;
  /** The module call read before the stack's items ({@link #readFile}), with how it was written. */
  private java.util.Optional<dev.stackgen.model.ModuleCall> givenModule = java.util.Optional.empty();
  private java.util.Optional<ModuleSyntax> givenModuleSyntax = java.util.Optional.empty();

  /**
   * @param rootDeclared what the root's generate blocks write into every stack
   */
  StackReader(HclFile file, List<Warning> warnings, Declarations rootDeclared) {
    this.file = file;
    this.warnings = warnings;
    this.rootDeclared = rootDeclared;
  }

  Stack read(Block block, Trivia header, SourceRef at) throws CatalogException, HclSyntaxException {
    name = block.labels().get(0).value();
    return read(BodyItems.of(block), block.body().nodes(), block.oneLine(),
        block.openComment().map(Comment::text).orElse(""), block.trailingComment().map(Comment::text).orElse(""),
        header, at, b -> false);
  }

  /**
   * A stack from the top-level items of a repository file at depth 0 (import: a stack's terragrunt.hcl),
   * read as the same items inside {@code stack "<name>" { }} are read, after its settings, given as values
   * and written first ({@code tier}, {@code state} unless {@code stackState} is null, the default not stated,
   * and {@code layout = "exact"} when {@code exactLayout}).
   * The items' texts are the file's ({@link Verbatim}'s depth-0 convention), so the stack equals the one its
   * printed catalog block reads back, source positions aside.
   *
   * @param filesFirst file blocks built in Java (import: {@code OverlayImporter}'s values), written after the
   *     settings in the canonical form with a blank line above each, checked as a file block read is
   *     ({@link FileBlocks#check}, then as each file block)
   * @param blocksFirst a stack holding the module blocks written after those, before the file's items (import:
   *     built from a main.tf's nodes, {@link ModuleBlocks}), or null
   * @param body the file's items after the settings, with the trivia above each and after the last
   * @param nodes the file's nodes the body holds (what the stack's generate blocks declare)
   * @param shorthand dependency blocks written {@code dependency "x" {}} in the catalog: their first two
   *     attributes ({@code config_path = "../x"}, {@code skip_outputs = true}) are the generated ones
   */
  Stack readFile(String stackName, String stackTier, State stackState, boolean exactLayout,
      List<StackFile> filesFirst, Stack blocksFirst, BodyItems body, List<dev.stackgen.hcl.Node> nodes, Trivia header,
      SourceRef at,
      java.util.function.Predicate<Block> shorthand) throws CatalogException, HclSyntaxException {
    name = stackName;
    tier = stackTier;
    state = stackState == null ? State.PG : stackState;
    exact = exactLayout;
    tierAt = at;
    settings.add(new Attr(Name.TIER, new Expr(HclEscaper.quoted(tier)), Trivia.NONE, "", at));
    if (stackState != null) {
      settings.add(new Attr(Name.STATE, new Expr(HclEscaper.quoted(state.keyword())), Trivia.NONE, "", at));
    }
    if (exact) {
      settings.add(new Attr(Name.LAYOUT, new Expr(HclEscaper.quoted("exact")), Trivia.NONE, "", at));
    }
    settings.forEach(s -> order.add(StackSyntax.Part.SETTING));
    for (StackFile f : filesFirst) { // file blocks built in Java: written canonically, a blank line above each
      FileBlocks.check(f);
      addFile(f, new FileSyntax(f.path(), new Trivia(List.of("")), "", "", List.of()), f.source());
    }
    if (blocksFirst != null) { // the module, file and postfix_overlay blocks, already values
      blocksFirst.syntax().order().stream().filter(p -> p != StackSyntax.Part.SETTING && p != StackSyntax.Part.ITEM)
          .forEach(order::add);
      blocks.addAll(blocksFirst.syntax().blocks());
      overlaySyntax.addAll(blocksFirst.syntax().overlays());
      fileSyntax.addAll(blocksFirst.syntax().files());
      overlays.addAll(blocksFirst.overlays());
      files.addAll(blocksFirst.files());
      givenModule = blocksFirst.module();
      givenModuleSyntax = blocksFirst.syntax().asRead().moduleSyntax();
    }
    return read(body, nodes, false, "", "", header, at, shorthand);
  }

  private Stack read(BodyItems bodyItems, List<dev.stackgen.hcl.Node> nodes, boolean oneLine, String openComment,
      String trailingComment, Trivia header, SourceRef at, java.util.function.Predicate<Block> shorthand)
      throws CatalogException, HclSyntaxException {
    if (!Names.isStackPath(name)) {
      throw new CatalogException(at, "stack name \"" + name
          + "\" is not a safe path (segments of letters, digits, '.', '_' and '-', none starting with '.' or"
          + " '-', joined by '/': \"web\" or \"prod/us-east-1/mysql\")");
    }
    this.shorthand = shorthand;
    BodyItems body = BINDINGS.bind(this, bodyItems);
    for (PostfixOverlay o : overlays) {
      for (StackFile f : files) {
        if (f.path().equals(o.file()) && f.items().stream().noneMatch(i -> i.overlay() == o)) {
          throw new CatalogException(o.source(), "postfix_overlay file " + o.file()
              + " is written by the file block at " + f.source() + "; move the overlay into it");
        }
      }
    }
    java.util.Optional<ModuleSyntax> moduleSyntax = givenModuleSyntax;
    StackSyntax syntax = new StackSyntax(settings, order, oneLine, openComment, trailingComment, blocks,
        overlaySyntax, fileSyntax, StackSyntax.AsRead.NONE, tierAt);
    Stack stack = new Stack(name, tier, state, header, items, useDefaults, overlays, body.trailing(),
        at, givenModule, exact, files, syntax);
    if (module != null) {
      Declarations provided = rootDeclared.plus(Declared.byGenerateBlocks(file, nodes));
      ModuleReader reader = new ModuleReader(file, name, tier, warnings, provided);
      stack = stack.withModule(reader.read(module, moduleHeader));
      moduleSyntax = java.util.Optional.of(reader.syntax());
    }
    return stack.withSyntax(syntax.withAsRead(new StackSyntax.AsRead(stack.module(), moduleSyntax)));
  }

  /** A stack setting ({@code tier}, {@code state}, ...) as written, in order. */
  private void setting(dev.stackgen.hcl.Attribute a, Trivia leading) {
    settings.add(Items.attr(file, a, leading));
    order.add(StackSyntax.Part.SETTING);
  }

  private void dependency(Block b, Trivia leading, boolean shorthand) throws CatalogException {
    SourceRef ref = CatalogReader.ref(file, b);
    Dependency d = shorthand ? Items.shorthand(file, b, leading) : Items.dependency(file, b, leading);
    SourceRef first = seen.putIfAbsent("dependency " + d.label(), ref);
    if (first != null) {
      throw new CatalogException(ref, "dependency \"" + d.label() + "\" given twice in stack \""
          + name + "\" (first at " + first + ")");
    }
    item(d);
  }

  private void item(StackItem item) {
    items.add(item);
    order.add(StackSyntax.Part.ITEM);
  }

  private void overlay(Block b, Trivia leading) throws CatalogException {
    SourceRef ref = CatalogReader.ref(file, b);
    PostfixReader.Read read = PostfixReader.read(file, b, new Trivia(leading.fromFirstComment()), leading, null);
    PostfixOverlay overlay = read.overlay();
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
    overlaySyntax.add(read.syntax());
    order.add(StackSyntax.Part.OVERLAY);
  }

  private void fileBlock(Block b, Trivia leading) throws CatalogException {
    SourceRef ref = CatalogReader.ref(file, b);
    FileBlocks.FileRead read = FileBlocks.readFileBlock(file, b, leading, ref);
    addFile(read.file(), read.syntax(), ref);
  }

  /** A file block's value and how it is written, checked as a file block read from the catalog is. */
  private void addFile(StackFile f, FileSyntax syntax, SourceRef ref) throws CatalogException {
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
    fileSyntax.add(syntax);
    order.add(StackSyntax.Part.FILE);
  }
}
