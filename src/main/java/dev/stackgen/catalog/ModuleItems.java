package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Names;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the items of main.tf a module block nests (variables, vault sources, locals) for {@link ModuleReader}. */
final class ModuleItems {
  private ModuleItems() {}

  /** An attribute with its expression (for the reference checks). */
  record Scanned(Attr attr, Expression expression) {}

  /** A vault source with its expressions. */
  record VaultBlock(VaultSource source, List<Expression> expressions) {}

  /** Every expression of a block copied as written, nested blocks included. */
  static List<Expression> expressions(Block b) {
    List<Expression> out = new ArrayList<>();
    for (Node n : b.body().nodes()) {
      if (n instanceof Attribute a) {
        out.add(a.expression());
      } else if (n instanceof Block inner) {
        out.addAll(expressions(inner));
      }
    }
    return out;
  }

  static void once(Map<String, SourceRef> seen, String key, SourceRef at, String message)
      throws CatalogException {
    SourceRef first = seen.putIfAbsent(key, at);
    if (first != null) {
      throw new CatalogException(at, message + " (first at " + first + ")");
    }
  }

  /** Reads a locals block into {@code locals}; returns the comment and blank lines before its closing brace. */
  static Trivia readLocals(HclFile file, Block b, Map<String, Scanned> locals, String module)
      throws CatalogException {
    BodyItems body = BodyItems.of(b);
    for (BodyItems.Item item : body) {
      Node n = item.node();
      if (n instanceof Attribute a) {
        Scanned first = locals.get(a.name());
        if (first != null) {
          throw new CatalogException(Items.ref(file, a), "local \"" + a.name() + "\" given twice in module \""
              + module + "\" (first at " + first.attr().source() + ")");
        }
        locals.put(a.name(), new Scanned(Items.attr(file, a, item.leading()), a.expression()));
      } else {
        throw new CatalogException(CatalogReader.ref(file, n), "unexpected block \"" + ((Block) n).type()
            + "\" in locals block; it takes attributes only");
      }
    }
    return body.trailing();
  }

  static Variable variable(HclFile file, Block b, Trivia leading) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, b);
    String name = Items.identifierLabel(file, b, "variable name");
    List<Attr> attributes = new ArrayList<>();
    List<Verbatim> blocks = new ArrayList<>();
    BodyItems body = BodyItems.of(b);
    for (BodyItems.Item item : body) { // names, types and the one nested block (validation): the schema's
      if (item.node() instanceof Attribute a) {
        attributes.add(Items.attr(file, a, item.leading()));
      } else {
        blocks.add(Items.verbatim(file, item.node(), item.leading()));
      }
    }
    String trailing = b.trailingComment().map(Comment::text).orElse("");
    return new Variable(name, attributes, blocks, b.oneLine(), leading, openComment(b), trailing,
        body.trailing(), at);
  }

  static VaultBlock vault(HclFile file, String stack, Block b, String label, Trivia leading)
      throws CatalogException, HclSyntaxException {
    SourceRef at = CatalogReader.ref(file, b);
    if (!Names.isIdentifier(label)) {
      throw new CatalogException(at, "vault label \"" + label + "\" is not an identifier");
    }
    Attr[] mountAndPath = {Attr.of(Name.MOUNT, Expr.string(VaultSource.DEFAULT_MOUNT)), Attr.of(Name.NAME,
        Expr.string(stack))};
    List<Attr> extra = new ArrayList<>();
    List<String> order = new ArrayList<>();
    List<Expression> expressions = new ArrayList<>();
    Binder.OnAttribute scan = (a, leading1) -> { // attributes only, each known: the schema's
      order.add(a.name());
      expressions.add(a.expression());
    };
    BodyItems body = new Binder(file, CatalogSchema.MODULE.block(Name.VAULT))
        .attr(Name.MOUNT, scan.then((a, l) -> mountAndPath[0] = Items.attr(file, a, l)))
        .attr(Name.NAME, scan.then((a, l) -> mountAndPath[1] = Items.attr(file, a, l)))
        .otherAttributes(scan.then((a, l) -> extra.add(Items.attr(file, a, l))))
        .bind(b);
    return new VaultBlock(new VaultSource(label, mountAndPath[0], mountAndPath[1], extra, leading, openComment(b), at,
        order, body.trailing(), b.trailingComment().map(Comment::text).orElse("")), expressions);
  }

  static String openComment(Block b) {
    return b.openComment().map(Comment::text).orElse("");
  }
}
