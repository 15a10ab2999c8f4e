package dev.stackgen.hcl;

import java.util.Objects;

/**
 * A traversal found in an expression, such as {@code var.x} or {@code data.vault_kv_secret_v2.s}.
 *
 * @param path the dotted names from the root, e.g. {@code local.y}
 */
public record Reference(String path, int line, int column) {
  public Reference {
    Objects.requireNonNull(path, "path");
  }

  /** The first name of the traversal, e.g. {@code var}. */
  public String root() {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
