package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Terragrunt {@code include "<label>" { path = ..., expose = ..., merge_strategy = ... }} block of a
 * unit or shared file, typed (Terragrunt's three attributes) and written exactly as given ({@code text}, at depth 0 as a
 * {@link Verbatim}'s).
 * {@code label} is empty for a bare {@code include { }}.
 */
public record Include(
    String label,
    Expr path,
    Optional<Boolean> expose,
    Optional<String> mergeStrategy,
    Trivia leading,
    SourceRef source,
    String text)
    implements
      StackItem {
  /** Terragrunt's merge strategies, default {@code shallow}. */
  public static final List<String> MERGE_STRATEGIES = List.of("no_merge", "shallow", "deep");

  public Include {
    label = label == null ? "" : label;
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expose, "expose");
    Objects.requireNonNull(mergeStrategy, "mergeStrategy");
    mergeStrategy.ifPresent(m -> {
      if (!MERGE_STRATEGIES.contains(m)) {
        throw new IllegalArgumentException("merge_strategy must be one of " + MERGE_STRATEGIES + ": " + m);
      }
    });
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("include text must not be blank");
    }
  }

  @Override
  public String key() {
    return label.isEmpty() ? "include" : "include \"" + label + "\"";
  }
}
