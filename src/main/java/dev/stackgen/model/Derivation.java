package dev.stackgen.model;

/**
 * Which parts of a module-wrapper {@code main.tf} are derived when left out: variables for
 * {@code var.X}, Vault sources for {@code data.vault_kv_secret_v2.L}, the {@code source} argument,
 * the {@code tier} argument.
 */
public record Derivation(boolean variables, boolean vault, boolean source, boolean tier) {
  /** Everything derived: the catalog's default. */
  public static final Derivation ALL = new Derivation(true, true, true, true);
}
