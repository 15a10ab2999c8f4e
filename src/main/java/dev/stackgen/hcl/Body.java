package dev.stackgen.hcl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The items of a file or of a block between its braces, in source order. (Loops, not streams: the
 * catalog reader and the schema check call these for every item, mostly in the interpreter.)
 */
public record Body(List<Node> nodes) {
  public Body {
    nodes = List.copyOf(nodes);
  }

  /** The attributes of this body (not of nested blocks). */
  public List<Attribute> attributes() {
    List<Attribute> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Attribute a) {
        out.add(a);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The blocks of this body (not of nested blocks). */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Block b) {
        out.add(b);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The attribute with this name, if any (names are unique within a body). */
  public java.util.Optional<Attribute> attribute(String name) {
    for (Node n : nodes) {
      if (n instanceof Attribute a && a.name().equals(name)) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }

  /** The blocks of this body with this type, in source order. */
  public List<Block> blocks(String type) {
    List<Block> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Block b && b.type().equals(type)) {
        out.add(b);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Exact source of all items. */
  public String print() {
    StringBuilder sb = new StringBuilder();
    for (Node n : nodes) {
      sb.append(n.print());
    }
    return sb.toString();
  }
}
