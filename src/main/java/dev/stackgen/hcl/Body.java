package dev.stackgen.hcl;

import java.util.List;

/** The items of a file or of a block between its braces, in source order. */
public record Body(List<Node> nodes) {
  public Body {
    nodes = List.copyOf(nodes);
  }

  /** The attributes of this body (not of nested blocks). */
  public List<Attribute> attributes() {
    return nodes.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  /** The blocks of this body (not of nested blocks). */
  public List<Block> blocks() {
    return nodes.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }

  /** The attribute with this name, if any (names are unique within a body). */
  public java.util.Optional<Attribute> attribute(String name) {
    return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The blocks of this body with this type, in source order. */
  public List<Block> blocks(String type) {
    return blocks().stream().filter(b -> b.type().equals(type)).toList();
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
