package dev.stackgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code data "vault_kv_secret_v2" "<label>"} source of a module-wrapper {@code main.tf}: the KV
 * mount, the secret's name (its path below the mount), and further attributes such as
 * {@code version}. {@code order} names the attributes in the order written (those it leaves out,
 * a derived mount or name, come first); {@code closing} holds the comment and blank lines before
 * the closing brace, {@code trailingComment} a comment after it.
 */
public record VaultSource(
    String label, Attr mount, Attr path, List<Attr> extra, Trivia leading, String openComment, SourceRef source,
    List<String> order, Trivia closing, String trailingComment) {
  /** The mount a derived or partly written source reads from. */
  public static final String DEFAULT_MOUNT = "secret";
  /** The data source type this record renders. */
  public static final String TYPE = "vault_kv_secret_v2";

  public VaultSource {
    Names.requireIdentifier(label, "vault source label");
    Objects.requireNonNull(mount, "mount");
    Objects.requireNonNull(path, "path");
    if (!mount.name().equals(CatalogNames.MOUNT)) {
      throw new IllegalArgumentException("vault source mount attribute must be named " + CatalogNames.MOUNT + ", not "
          + mount.name());
    }
    if (!path.name().equals(CatalogNames.NAME)) {
      throw new IllegalArgumentException("vault source path attribute must be named " + CatalogNames.NAME + ", not "
          + path.name());
    }
    extra = List.copyOf(extra);
    for (Attr a : extra) {
      if (a.name().equals(CatalogNames.MOUNT) || a.name().equals(CatalogNames.NAME)) {
        throw new IllegalArgumentException("vault source " + label + ": " + a.name() + " given twice");
      }
    }
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    Objects.requireNonNull(source, "source");
    order = List.copyOf(order);
    Objects.requireNonNull(closing, "closing");
    trailingComment = trailingComment == null ? "" : trailingComment;
  }

  /** A source with its attributes in the default order (mount, name, the rest) and no closing comments. */
  public VaultSource(
      String label, Attr mount, Attr path, List<Attr> extra, Trivia leading, String openComment, SourceRef source) {
    this(label, mount, path, extra, leading, openComment, source, List.of(), Trivia.NONE, "");
  }

  /** The attributes in the order they are rendered. */
  public List<Attr> attributes() {
    Map<String, Attr> byName = new LinkedHashMap<>();
    byName.put(mount.name(), mount);
    byName.put(path.name(), path);
    extra.forEach(a -> byName.put(a.name(), a));
    List<Attr> out = new ArrayList<>();
    for (String n : List.of(CatalogNames.MOUNT, CatalogNames.NAME)) {
      if (!order.contains(n)) {
        out.add(byName.remove(n));
      }
    }
    for (String n : order) {
      Attr a = byName.remove(n);
      if (a != null) {
        out.add(a);
      }
    }
    out.addAll(byName.values());
    return out;
  }

  /** A source reading secret {@code name} from {@code mount}, without comments. */
  public static VaultSource of(String label, String mount, String name) {
    return new VaultSource(label, Attr.of(CatalogNames.MOUNT, Expr.string(mount)), Attr.of(CatalogNames.NAME,
        Expr.string(name)),
        List.of(), Trivia.NONE, "", SourceRef.NONE);
  }
}
