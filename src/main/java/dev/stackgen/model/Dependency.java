package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code dependency "<stack>"} block: rendered with {@code config_path = "../<stack>"} and
 * {@code skip_outputs = true}, followed by any extra attributes written in the catalog.
 */
public record Dependency(
    String stack, List<Attr> extra, Trivia leading, String openComment, Trivia closing, SourceRef source)
    implements StackItem {
  public Dependency {
    Names.requireStackName(stack);
    extra = List.copyOf(extra);
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(source, "source");
  }

  public static Dependency on(String stack) {
    return new Dependency(stack, List.of(), Trivia.NONE, "", Trivia.NONE, SourceRef.NONE);
  }

  /** The same dependency with other comments above it. */
  public Dependency withLeading(Trivia trivia) {
    return new Dependency(stack, extra, trivia, openComment, closing, source);
  }

  /** True when the catalog states its own {@code config_path} or {@code skip_outputs}. */
  public boolean overrides(String attribute) {
    return extra.stream().anyMatch(a -> a.name().equals(attribute));
  }
}
