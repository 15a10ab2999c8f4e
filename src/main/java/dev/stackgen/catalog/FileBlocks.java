package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Names;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackBlock;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Trivia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog blocks that hold a file's items as written: a stack's {@code file "<path>"}, the
 * top-level {@code shared "<path>"} and {@code stack_file "<dir>"}; the items are verbatim, the few
 * stackgen types ({@code include}, {@code dependency}, {@code locals}, {@code unit}/{@code stack},
 * {@code postfix_overlay}) typed. The schema checked names, labels and counts before.
 */
final class FileBlocks {
  private FileBlocks() {}

  private static final java.util.regex.Pattern TF_FILE =
      java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");

  /** {@code file "<path>" { items... }}: verbatim items and postfix_overlay blocks, in order. */
  static StackFile readFileBlock(HclFile file, Block block, SourceRef at) throws CatalogException {
    String path = block.labels().get(0).value();
    if (!TF_FILE.matcher(path).matches() || path.contains("..") || path.equals("main.tf")) {
      throw new CatalogException(at, "file must be a relative path to a .tf file inside the stack folder"
          + " (no '..', not main.tf), got \"" + path + "\"");
    }
    List<StackFile.Item> items = new ArrayList<>();
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      Node node = item.node();
      Trivia leading = item.leading();
      if (node instanceof Block b && b.type().equals("postfix_overlay")) {
        items.add(new StackFile.Item(null, PostfixReader.read(file, b, leading, path)));
      } else {
        items.add(new StackFile.Item(Items.verbatim(file, node, leading), null));
      }
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "file \"" + path + "\" has no items");
    }
    return new StackFile(path, items, body.trailing(), at);
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
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item bodyItem : body) {
      Node node = bodyItem.node();
      Trivia leading = bodyItem.leading();
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
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      Block b = item.block(); // locals, unit and stack blocks only: the schema's
      if (b.type().equals("locals")) {
        locals.addAll(localsOf(file, b));
        items.add(Items.verbatim(file, b, item.leading()));
      } else {
        items.add(stackBlock(file, b, item.leading()));
      }
    }
    if (items.isEmpty()) {
      throw new CatalogException(at, "stack_file \"" + dir + "\" has no items");
    }
    return new StackConfig(dir, header, items, locals, body.trailing(), at);
  }

  private static StackBlock stackBlock(HclFile file, Block b, Trivia leading) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, b);
    Expr source = null;
    Expr path = null;
    java.util.Optional<Expr> values = java.util.Optional.empty();
    java.util.Optional<Boolean> noDot = java.util.Optional.empty();
    java.util.Optional<Boolean> noValidation = java.util.Optional.empty();
    for (Attribute a : b.body().attributes()) { // the schema checked names, types and that source and path are given
      Expr value = new Expr(a.expression().text().strip());
      switch (a.name()) {
        case "source" -> source = value;
        case "path" -> path = value;
        case "values" -> values = java.util.Optional.of(value);
        case "no_dot_terragrunt_stack" -> noDot = java.util.Optional.of(Items.bool(file, a));
        case "no_validation" -> noValidation = java.util.Optional.of(Items.bool(file, a));
        default -> {}
      }
    }
    return new StackBlock(b.type().equals("unit") ? StackBlock.Kind.UNIT : StackBlock.Kind.STACK,
        b.labels().get(0).value(), source, path, values, noDot, noValidation, leading, at, Items.text(file, b));
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
