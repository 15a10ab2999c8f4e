package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Expr;
import dev.stackgen.model.FileSyntax;
import dev.stackgen.model.Names;
import dev.stackgen.model.OverlaySyntax;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackBlock;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog blocks that hold a file's items as written: a stack's {@code file "<path>"}, the
 * top-level {@code shared "<path>"} and {@code stack_file "<dir>"}; the items are verbatim, the few
 * stackgen types ({@code include}, {@code dependency}, {@code locals}, {@code unit}/{@code stack},
 * {@code postfix_overlay}) typed. The schema checked names, labels and counts before.
 */
final class FileBlocks {
  private FileBlocks() {}

  /** Catalog blocks a shared file cannot hold (a newer Terragrunt name let through may still clash). */
  private static final List<String> NOT_IN_SHARED = List.of(Name.STACK, Name.ROOT, Name.DEFAULTS, Name.STACKGEN,
      Name.SHARED, Name.MODULE, Name.FILE, Name.POSTFIX_OVERLAY);

  /** Compiled when a file block is read (a holder class: a catalog without one compiles no regex; issue 23). */
  private static final class TfFile {
    static final java.util.regex.Pattern TF_FILE =
        java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");
  }

  /** A file block and how it was written. */
  record FileRead(StackFile file, FileSyntax syntax) {}

  /**
   * {@code file "<path>" { items... }}: verbatim items and postfix_overlay blocks, in order; {@code above}
   * the lines above the block as written.
   */
  static FileRead readFileBlock(HclFile file, Block block, Trivia above, SourceRef at) throws CatalogException {
    String path = block.labels().get(0).value();
    checkPath(path, at);
    List<StackFile.Item> items = new ArrayList<>();
    List<OverlaySyntax> overlays = new ArrayList<>();
    BodyItems body;
    try {
      body = new Binder(file, CatalogSchema.FILE_BLOCK)
          .block(Name.POSTFIX_OVERLAY, (b, leading) -> {
            PostfixReader.Read read = PostfixReader.read(file, b, leading, leading, path);
            items.add(new StackFile.Item(null, read.overlay()));
            overlays.add(read.syntax());
          })
          .otherBlocks((b, leading) -> items.add(new StackFile.Item(Items.verbatim(file, b, leading), null)))
          .otherAttributes((a, leading) -> items.add(new StackFile.Item(Items.verbatim(file, a, leading), null)))
          .bind(block);
    } catch (HclSyntaxException e) {
      throw new IllegalStateException(e); // nothing here parses more than the catalog's own text
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "file \"" + path + "\" has no items");
    }
    return new FileRead(new StackFile(path, items, body.trailing(), at), new FileSyntax(path, above, block
        .openComment().map(Comment::text).orElse(""), block.trailingComment().map(Comment::text).orElse(""),
        overlays));
  }

  private static void checkPath(String path, SourceRef at) throws CatalogException {
    if (!TfFile.TF_FILE.matcher(path).matches() || path.contains("..") || path.equals("main.tf")) {
      throw new CatalogException(at, "file must be a relative path to a .tf file inside the stack folder"
          + " (no '..', not main.tf), got \"" + path + "\"");
    }
  }

  /**
   * Checks a file block built in Java (import) as {@link #readFileBlock} checks one read: its path, that it has
   * items, and its overlays ({@link PostfixReader#check}). The schema's check of its verbatim items is
   * {@link #schemaTakes}.
   */
  static void check(StackFile f) throws CatalogException {
    checkPath(f.path(), f.source());
    if (f.items().isEmpty()) {
      throw new CatalogException(f.source(), "file \"" + f.path() + "\" has no items");
    }
    for (StackFile.Item item : f.items()) {
      if (item.overlay() != null) {
        PostfixReader.check(item.overlay());
      }
    }
  }

  /**
   * Whether the schema takes each verbatim item of a file block built in Java: a block type the file block
   * takes, with as many labels as its entry has. Decided on each item's key ({@link Verbatim#key}); the
   * schema itself checks nodes ({@link SchemaCheck}) and words the refusal.
   */
  static boolean schemaTakes(StackFile f) {
    for (StackFile.Item item : f.items()) {
      if (item.verbatim() == null) {
        continue;
      }
      String key = item.verbatim().key();
      int space = key.indexOf(' ');
      String type = space < 0 ? key : key.substring(0, space);
      Schema.Block spec = CatalogSchema.FILE_BLOCK.blocks().get(type);
      int labels = space < 0 ? 0 : key.substring(space + 1).split("\" \"", -1).length;
      String rest = item.verbatim().text().substring(type.length()).stripLeading();
      boolean attribute = rest.startsWith("=") && !rest.startsWith("==");
      if (spec == null || spec == CatalogSchema.POSTFIX_OVERLAY || attribute || labels < spec.minLabels()
          || labels > spec.maxLabels()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code shared "<path>" { items }}: an owned .hcl file below the stacks folder, its items written
   * exactly as given; {@code locals}, {@code include} and {@code dependency} blocks typed.
   */
  static SharedFile readShared(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    String path = block.labels().get(0).value();
    if (!SharedFile.isSharedPath(path)) {
      throw new CatalogException(at, "shared file \"" + path + "\" must be a relative path to a .hcl file below"
          + " the stacks folder (no '..'; not terragrunt.hcl, terragrunt.stack.hcl or terragrunt.values.hcl)");
    }
    List<StackItem> items = new ArrayList<>();
    List<Attr> locals = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    Binder.OnValue<StackItem> add = item -> {
      SourceRef ref = item.source();
      SourceRef first = seen.putIfAbsent(item.key(), ref);
      if (first != null && !(item.key().equals(Name.LOCALS))) {
        throw new CatalogException(ref, "shared file \"" + path + "\" has " + item.key() + " twice (first at "
            + first + ")");
      }
      items.add(item);
    };
    BodyItems body = new Binder(file, CatalogSchema.SHARED)
        .block(TerragruntSchema.INCLUDE.name(), (b, leading) -> add.read(Items.include(file, b, leading)))
        .block(Name.DEPENDENCY, (b, leading) -> {
          Dependency d = Items.dependency(file, b, leading);
          if (!d.explicit()) {
            throw new CatalogException(CatalogReader.ref(file, b), "dependency \"" + d.label() + "\" in a shared"
                + " file needs its own config_path (it is resolved from each unit that includes the file)");
          }
          add.read(d);
        })
        .block(Name.LOCALS, (b, leading) -> {
          locals.addAll(localsOf(file, b));
          add.read(Items.verbatim(file, b, leading));
        })
        .otherBlocks((b, leading) -> {
          if (NOT_IN_SHARED.contains(b.type())) {
            throw new CatalogException(CatalogReader.ref(file, b), b.type() + " block is not allowed inside a"
                + " shared file");
          }
          add.read(Items.verbatim(file, b, leading));
        })
        .otherAttributes((a, leading) -> add.read(Items.verbatim(file, a, leading)))
        .bind(block);
    if (items.isEmpty()) {
      throw new CatalogException(at, "shared file \"" + path + "\" has no items");
    }
    return new SharedFile(path, header, items, locals, body.trailing(), at);
  }

  /**
   * {@code stack_file "<dir>" { locals, unit "x" { }, stack "y" { } }}: the {@code terragrunt.stack.hcl} of a
   * folder, written exactly as given; unit and stack blocks typed as Terragrunt documents them.
   */
  static StackConfig readStackFile(HclFile file, Block block, Trivia header, SourceRef at)
      throws CatalogException, HclSyntaxException {
    String dir = block.labels().get(0).value();
    if (!Names.isStackPath(dir)) {
      throw new CatalogException(at, "stack_file folder \"" + dir + "\" is not a safe path (segments of letters,"
          + " digits, '.', '_' and '-', none starting with '.' or '-', joined by '/')");
    }
    List<StackItem> items = new ArrayList<>();
    List<Attr> locals = new ArrayList<>();
    BodyItems body = new Binder(file, CatalogSchema.STACK_FILE) // locals, unit and stack blocks only: the schema's
        .block(Name.LOCALS, (b, leading) -> {
          locals.addAll(localsOf(file, b));
          items.add(Items.verbatim(file, b, leading));
        })
        .block(Name.UNIT, (b, leading) -> items.add(stackBlock(file, b, leading, StackBlock.Kind.UNIT)))
        .block(Name.STACK, (b, leading) -> items.add(stackBlock(file, b, leading, StackBlock.Kind.STACK)))
        .bind(block);
    if (items.isEmpty()) {
      throw new CatalogException(at, "stack_file \"" + dir + "\" has no items");
    }
    return new StackConfig(dir, header, items, locals, body.trailing(), at);
  }

  private static StackBlock stackBlock(HclFile file, Block b, Trivia leading, StackBlock.Kind kind)
      throws CatalogException, HclSyntaxException {
    SourceRef at = CatalogReader.ref(file, b);
    final class Parts { // the schema checked names, types and that source and path are given
      Expr source;
      Expr path;
      Optional<Expr> values = Optional.empty();
      Optional<Boolean> noDot = Optional.empty();
      Optional<Boolean> noValidation = Optional.empty();
    }
    Parts p = new Parts();
    new Binder(file, CatalogSchema.STACK_FILE.block(kind == StackBlock.Kind.UNIT ? Name.UNIT : Name.STACK))
        .attr(Name.SOURCE, (a, l) -> p.source = expr(file, a))
        .attr(Name.PATH, (a, l) -> p.path = expr(file, a))
        .attr(Name.VALUES, (a, l) -> p.values = Optional.of(expr(file, a)))
        .bool(Name.NO_DOT_TERRAGRUNT_STACK, v -> p.noDot = Optional.of(v))
        .bool(Name.NO_VALIDATION, v -> p.noValidation = Optional.of(v))
        .block(Name.AUTOINCLUDE, (inner, l) -> {}) // part of the block's text, copied as written
        .bind(b);
    return new StackBlock(kind, b.labels().get(0).value(), p.source, p.path, p.values, p.noDot, p.noValidation,
        leading, at, Items.text(file, b));
  }

  /**
   * An attribute's value as it stands at depth 0 ({@link Items#expr}): the same block read from a catalog and
   * built from a repository file's nodes (import, {@link FileBlockValues}) is one value.
   */
  private static Expr expr(HclFile file, Attribute a) {
    return new Expr(Items.expr(file, a).text().strip());
  }

  /** The attributes of a {@code locals} block, typed; a nested block there is an error. */
  private static List<Attr> localsOf(HclFile file, Block block) throws CatalogException {
    List<Attr> attrs = new ArrayList<>();
    for (BodyItems.Item item : BodyItems.of(block)) {
      if (item.node() instanceof Attribute a) {
        attrs.add(Items.attr(file, a, item.leading()));
      } else {
        throw new CatalogException(CatalogReader.ref(file, item.node()), "unexpected block \"" + item.name()
            + "\" in locals; it takes attributes only");
      }
    }
    return attrs;
  }
}
