package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code unit "<name>" { }} or {@code stack "<name>" { }} block of a {@code terragrunt.stack.hcl}, typed as
 * Terragrunt documents it: {@code source} ({@code sourceUrl}) and {@code path} (required), {@code values},
 * {@code no_dot_terragrunt_stack}, {@code no_validation}; written exactly as given ({@code text}, at depth 0 as a
 * {@link Verbatim}'s).
 */
public record StackBlock(
    Kind kind,
    String name,
    Expr sourceUrl,
    Expr path,
    Optional<Expr> values,
    Optional<Boolean> noDotTerragruntStack,
    Optional<Boolean> noValidation,
    Trivia leading,
    SourceRef source,
    String text)
    implements
      StackItem {
  /** Which of the two blocks. */
  public enum Kind {
    UNIT(CatalogNames.UNIT),
    STACK(CatalogNames.STACK);

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /** The attributes Terragrunt reads from a unit or stack block. */
  public static final List<String> ATTRIBUTES =
      List.of(CatalogNames.SOURCE, CatalogNames.PATH, CatalogNames.VALUES,
          CatalogNames.NO_DOT_TERRAGRUNT_STACK, CatalogNames.NO_VALIDATION);

  public StackBlock {
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(kind.keyword() + " name must not be blank");
    }
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(noDotTerragruntStack, "noDotTerragruntStack");
    Objects.requireNonNull(noValidation, "noValidation");
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(kind.keyword() + " text must not be blank");
    }
  }

  @Override
  public String key() {
    return kind.keyword() + " \"" + name + "\"";
  }

  /**
   * The literal {@code path} (a string without interpolation), or empty: where Terragrunt generates the
   * unit or stack, below {@code .terragrunt-stack/} unless {@code no_dot_terragrunt_stack = true}.
   */
  public Optional<String> literalPath() {
    String p = path.text().strip();
    if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"") && p.indexOf("${") < 0 && p.indexOf('\\') < 0
        && p.indexOf('"', 1) == p.length() - 1) {
      return Optional.of(p.substring(1, p.length() - 1));
    }
    return Optional.empty();
  }
}
