package dev.stackgen.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * Names a stack's other files declare for its module-wrapper main.tf: {@code variable} blocks,
 * {@code locals}, and {@code data "vault_kv_secret_v2"} labels, whether in hand-written files or in
 * files Terragrunt's {@code generate} blocks write. Derivation adds none of these, and references to
 * them are not "used but not declared".
 */
public record Declarations(Set<String> variables, Set<String> locals, Set<String> vault) {
  /** Nothing declared elsewhere. */
  public static final Declarations NONE = new Declarations(Set.of(), Set.of(), Set.of());

  public Declarations {
    variables = Set.copyOf(variables);
    locals = Set.copyOf(locals);
    vault = Set.copyOf(vault);
  }

  /** Both sets of names together. */
  public Declarations plus(Declarations other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Declarations(union(variables, other.variables), union(locals, other.locals),
        union(vault, other.vault));
  }

  public boolean isEmpty() {
    return variables.isEmpty() && locals.isEmpty() && vault.isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
