package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Body;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Trivia;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The items of a body (attributes and blocks) each with the comments and blank lines written above
 * it, and the comments and blank lines after the last one: the one walk every reader makes, so the
 * readers keep no loop of their own that collects comments.
 */
final class BodyItems implements Iterable<BodyItems.Item> {
  /** An attribute or block with the comments and blank lines above it (since the previous item). */
  record Item(Node node, List<Node> above) {
    /** The comments and blank lines above, as trivia lines. */
    Trivia leading() {
      return CatalogReader.triviaOf(above);
    }

    /** The comment lines directly above (a blank line in between detaches them). */
    Trivia header() {
      int start = above.size();
      while (start > 0 && above.get(start - 1) instanceof Comment) {
        start--;
      }
      return CatalogReader.triviaOf(above.subList(start, above.size()));
    }

    /** The block, or null when the item is an attribute. */
    Block block() {
      return node instanceof Block b ? b : null;
    }

    /** The attribute, or null when the item is a block. */
    Attribute attribute() {
      return node instanceof Attribute a ? a : null;
    }

    /** The block's type or the attribute's name. */
    String name() {
      return node instanceof Block b ? b.type() : ((Attribute) node).name();
    }
  }

  private final List<Item> items;
  private final List<Node> trailing;

  private BodyItems(List<Item> items, List<Node> trailing) {
    this.items = items;
    this.trailing = trailing;
  }

  static BodyItems of(Block block) {
    return of(block.body());
  }

  /**
   * The items of {@code nodes} with {@code blankLines} blank lines above the first of them (or first among
   * the lines after the last item when there is none): a repository file's items as a catalog block holds
   * them after lines of its own.
   */
  static BodyItems of(List<Node> nodes, int blankLines) {
    List<Node> all = new ArrayList<>();
    for (int k = 0; k < blankLines; k++) {
      all.add(new BlankLine(List.of(new dev.stackgen.hcl.Token(dev.stackgen.hcl.TokenType.NEWLINE, "\n", 1, 1, 0,
          ""))));
    }
    all.addAll(nodes);
    return of(new Body(all));
  }

  static BodyItems of(Body body) {
    List<Item> items = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node n : body.nodes()) {
      if (n instanceof Comment || n instanceof BlankLine) {
        pending.add(n);
      } else {
        items.add(new Item(n, List.copyOf(pending)));
        pending.clear();
      }
    }
    return new BodyItems(List.copyOf(items), List.copyOf(pending));
  }

  @Override
  public Iterator<Item> iterator() {
    return items.iterator();
  }

  List<Item> items() {
    return items;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** The comments and blank lines after the last item, as trivia lines. */
  Trivia trailing() {
    return CatalogReader.triviaOf(trailing);
  }

  /** The comments and blank lines after the last item, as written. */
  List<Node> trailingNodes() {
    return trailing;
  }
}
