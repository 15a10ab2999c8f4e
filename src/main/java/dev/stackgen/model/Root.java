package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code root} block, rendered into the repository's {@code terragrunt.hcl}: tiers, the
 * local/pg state switch, shared providers, extra locals, and verbatim extras; or, for a custom root,
 * its items verbatim; or, for a hand-kept root ({@code layout = "none"}), no file at all: the repository's
 * root file stays as the user keeps it and the catalog neither writes nor checks it.
 */
public record Root(
    List<Tier> tiers,
    Trivia tiersLeading,
    List<Provider> providers,
    Expr localStatePath,
    Expr pgConnStr,
    List<Verbatim> locals,
    List<Verbatim> extras,
    Trivia header,
    Trivia footer,
    SourceRef source,
    boolean custom,
    List<Verbatim> items,
    boolean handKept,
    RootSyntax syntax) {
  /** Where a tier-0 stack keeps its local state file. */
  public static final Expr DEFAULT_LOCAL_STATE_PATH =
      new Expr("\"${get_parent_terragrunt_dir()}/state/stacks/${local.stack_name}/terraform.tfstate\"");
  /** Connection string of the shared PostgreSQL state backend. */
  public static final Expr DEFAULT_PG_CONN_STR = new Expr("get_env(\"PG_CONN_STR\")");

  /** A generated root: locals, remote_state and the generate blocks come from the typed settings. */
  public Root(List<Tier> tiers, Trivia tiersLeading, List<Provider> providers, Expr localStatePath, Expr pgConnStr,
      List<Verbatim> locals, List<Verbatim> extras, Trivia header, Trivia footer, SourceRef source) {
    this(tiers, tiersLeading, providers, localStatePath, pgConnStr, locals, extras, header, footer, source, false,
        List.of(), false);
  }

  /**
   * A custom root (the catalog writes {@code remote_state} itself): the file is {@code items} in order,
   * verbatim; {@code tiers} only serve validation.
   */
  public static Root custom(List<Tier> tiers, List<Verbatim> items, Trivia header, Trivia footer, SourceRef source) {
    return new Root(tiers, Trivia.NONE, List.of(), DEFAULT_LOCAL_STATE_PATH, DEFAULT_PG_CONN_STR, List.of(),
        List.of(), header, footer, source, true, items, false);
  }

  /**
   * A hand-kept root ({@code layout = "none"}): the catalog owns no root file; {@code tiers} only serve
   * validation. Import writes it for a root it cannot hold exactly, or a repository without a top root.
   */
  public static Root handKept(List<Tier> tiers, Trivia header, Trivia footer, SourceRef source) {
    return new Root(tiers, Trivia.NONE, List.of(), DEFAULT_LOCAL_STATE_PATH, DEFAULT_PG_CONN_STR, List.of(),
        List.of(), header, footer, source, true, List.of(), true);
  }

  public Root {
    tiers = List.copyOf(tiers);
    Objects.requireNonNull(tiersLeading, "tiersLeading");
    providers = List.copyOf(providers);
    Objects.requireNonNull(localStatePath, "localStatePath");
    Objects.requireNonNull(pgConnStr, "pgConnStr");
    locals = List.copyOf(locals);
    extras = List.copyOf(extras);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(source, "source");
    items = List.copyOf(items);
    Objects.requireNonNull(syntax, "syntax");
  }

  /** A root with no record of how its catalog block was written. */
  public Root(List<Tier> tiers, Trivia tiersLeading, List<Provider> providers, Expr localStatePath, Expr pgConnStr,
      List<Verbatim> locals, List<Verbatim> extras, Trivia header, Trivia footer, SourceRef source, boolean custom,
      List<Verbatim> items, boolean handKept) {
    this(tiers, tiersLeading, providers, localStatePath, pgConnStr, locals, extras, header, footer, source, custom,
        items, handKept, RootSyntax.NONE);
  }

  /** The same root with another record of how its catalog block was written. */
  public Root withSyntax(RootSyntax syntax) {
    return new Root(tiers, tiersLeading, providers, localStatePath, pgConnStr, locals, extras, header, footer, source,
        custom, items, handKept, syntax);
  }

  public Optional<Tier> tier(String name) {
    for (Tier t : tiers) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
