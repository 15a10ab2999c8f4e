package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A Terragrunt Stacks file, {@code <dir>/terragrunt.stack.hcl}, owned by the catalog: {@code locals},
 * {@code unit} and {@code stack} blocks (typed, see {@link StackBlock}) in order, written exactly as given
 * with their comments and blank lines.
 */
public record StackConfig(
    String dir, Trivia header, List<StackItem> items, List<Attr> locals, Trivia footer, SourceRef source) {
  /** The file name Terragrunt reads. */
  public static final String FILE = "terragrunt.stack.hcl";

  public StackConfig {
    if (!Names.isStackPath(dir)) {
      throw new IllegalArgumentException("stack file folder must be a path of segments matching"
          + " [A-Za-z0-9_][A-Za-z0-9._-]*: " + dir);
    }
    Objects.requireNonNull(header, "header");
    items = List.copyOf(items);
    locals = List.copyOf(locals);
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(source, "source");
  }

  public List<StackBlock> blocks() {
    return items.stream().filter(StackBlock.class::isInstance).map(StackBlock.class::cast).toList();
  }

  public List<StackBlock> units() {
    return blocks().stream().filter(b -> b.kind() == StackBlock.Kind.UNIT).toList();
  }
}
