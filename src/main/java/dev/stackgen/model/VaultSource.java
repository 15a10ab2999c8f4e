package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code data "vault_kv_secret_v2" "<label>"} source of a module-wrapper {@code main.tf}: the KV
 * mount, the secret's name (its path below the mount), and further attributes such as
 * {@code version}.
 */
public record VaultSource(
    String label, Attr mount, Attr path, List<Attr> extra, Trivia leading, String openComment, SourceRef source) {
  /** The mount a derived or partly written source reads from. */
  public static final String DEFAULT_MOUNT = "secret";
  /** The data source type this record renders. */
  public static final String TYPE = "vault_kv_secret_v2";

  public VaultSource {
    Names.requireIdentifier(label, "vault source label");
    Objects.requireNonNull(mount, "mount");
    Objects.requireNonNull(path, "path");
    if (!mount.name().equals("mount")) {
      throw new IllegalArgumentException("vault source mount attribute must be named mount, not " + mount.name());
    }
    if (!path.name().equals("name")) {
      throw new IllegalArgumentException("vault source path attribute must be named name, not " + path.name());
    }
    extra = List.copyOf(extra);
    for (Attr a : extra) {
      if (a.name().equals("mount") || a.name().equals("name")) {
        throw new IllegalArgumentException("vault source " + label + ": " + a.name() + " given twice");
      }
    }
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    Objects.requireNonNull(source, "source");
  }

  /** A source reading secret {@code name} from {@code mount}, without comments. */
  public static VaultSource of(String label, String mount, String name) {
    return new VaultSource(label, Attr.of("mount", Expr.string(mount)), Attr.of("name", Expr.string(name)),
        List.of(), Trivia.NONE, "", SourceRef.NONE);
  }
}
