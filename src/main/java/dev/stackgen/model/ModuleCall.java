package dev.stackgen.model;

import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclLexer;
import dev.stackgen.hcl.Reference;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A module-wrapper stack's {@code main.tf}: header comment, {@code variable} declarations,
 * {@code data "vault_kv_secret_v2"} sources, {@code locals}, the call {@code module "<name>"}
 * with its arguments in order (comments and blank lines included), and Terraform blocks copied as
 * written ({@code extras}: {@code output}, {@code moved}, ...). The catalog reader fills in
 * what it derives, so this record holds exactly what is rendered; {@code layout} holds the spacing
 * and block order the nesting of the catalog cannot show.
 */
public record ModuleCall(
    String name,
    Trivia header,
    List<Variable> variables,
    List<VaultSource> vaultSources,
    Trivia localsLeading,
    List<Attr> locals,
    String openComment,
    List<Attr> arguments,
    Trivia closing,
    SourceRef source,
    ModuleLayout layout,
    List<Verbatim> extras) {
  /** The first part of a reference to a data source ({@code data.<type>.<label>}). */
  private static final String DATA = "data";
  /** The Terraform blocks besides variables, vault sources and locals that main.tf may hold, copied as written. */
  public static final List<String> VERBATIM_BLOCKS = List.of(CatalogNames.OUTPUT, CatalogNames.MOVED,
      CatalogNames.REMOVED, CatalogNames.IMPORT, CatalogNames.CHECK, CatalogNames.TERRAFORM);

  /** A call with no blocks copied as written. */
  public ModuleCall(String name, Trivia header, List<Variable> variables, List<VaultSource> vaultSources,
      Trivia localsLeading, List<Attr> locals, String openComment, List<Attr> arguments, Trivia closing,
      SourceRef source, ModuleLayout layout) {
    this(name, header, variables, vaultSources, localsLeading, locals, openComment, arguments, closing, source,
        layout, List.of());
  }

  /** A call in the default layout (one blank line between blocks, nothing after the call). */
  public ModuleCall(String name, Trivia header, List<Variable> variables, List<VaultSource> vaultSources,
      Trivia localsLeading, List<Attr> locals, String openComment, List<Attr> arguments, Trivia closing,
      SourceRef source) {
    this(name, header, variables, vaultSources, localsLeading, locals, openComment, arguments, closing, source,
        ModuleLayout.DEFAULT);
  }

  public ModuleCall {
    Names.requireIdentifier(name, "module name");
    Objects.requireNonNull(header, "header");
    variables = List.copyOf(variables);
    vaultSources = List.copyOf(vaultSources);
    Objects.requireNonNull(localsLeading, "localsLeading");
    locals = List.copyOf(locals);
    openComment = openComment == null ? "" : openComment;
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(layout, "layout");
    extras = List.copyOf(extras);
    // loops, not streams: runs for every module on every check, mostly in the interpreter
    Set<String> seen = new HashSet<>();
    for (Variable v : variables) {
      unique(seen, v.name(), "variable declared twice", name);
    }
    seen.clear();
    for (VaultSource v : vaultSources) {
      unique(seen, v.label(), "vault source declared twice", name);
    }
    seen.clear();
    for (Attr a : locals) {
      unique(seen, a.name(), "local given twice", name);
    }
    seen.clear();
    for (Attr a : arguments) {
      unique(seen, a.name(), "argument given twice", name);
    }
  }

  private static void unique(Set<String> seen, String n, String what, String module) {
    if (!seen.add(n)) {
      throw new IllegalArgumentException(what + " in module " + module + ": " + n);
    }
  }

  private static boolean hasArgument(List<Attr> arguments, String name) {
    for (Attr a : arguments) {
      if (a.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * This call with what the catalog would derive for it in stack {@code stackName} of tier
   * {@code tier}: a {@code variable "X" { type = string }} for each undeclared {@code var.X}, a vault
   * source (mount {@code "secret"}, name {@code stackName}) for each undefined
   * {@code data.vault_kv_secret_v2.L}, both before the declared ones in order of first use, and
   * {@code source} first and {@code tier} last unless given.
   */
  public ModuleCall withDerived(String stackName, String tier) {
    return withDerived(stackName, tier, Derivation.ALL);
  }

  /** Like {@link #withDerived(String, String)}, deriving only the parts {@code derivation} switches on. */
  public ModuleCall withDerived(String stackName, String tier, Derivation derivation) {
    return withDerived(stackName, tier, derivation, Declarations.NONE);
  }

  /**
   * Like {@link #withDerived(String, String, Derivation)}, adding no variable or vault source that
   * the stack's other files already declare ({@code elsewhere}).
   */
  public ModuleCall withDerived(String stackName, String tier, Derivation derivation, Declarations elsewhere) {
    Names.requireStackPath(stackName);
    Objects.requireNonNull(derivation, "derivation");
    List<Expr> scanned = scanned();
    Set<String> declared = new HashSet<>(elsewhere.variables());
    for (Variable v : variables) {
      declared.add(v.name());
    }
    Set<String> defined = new HashSet<>(elsewhere.vault());
    for (VaultSource v : vaultSources) {
      defined.add(v.label());
    }
    Map<String, Variable> newVariables = new LinkedHashMap<>();
    Map<String, VaultSource> newVaults = new LinkedHashMap<>();
    for (Expr e : scanned) {
      for (Reference r : references(e)) {
        String[] parts = r.path().split("\\.");
        if (derivation.variables() && parts[0].equals("var") && !declared.contains(parts[1])) {
          newVariables.putIfAbsent(parts[1], Variable.string(parts[1]));
        } else if (derivation.vault() && parts[0].equals(DATA) && parts.length > 2
            && parts[1].equals(VaultSource.TYPE) && !defined.contains(parts[2])) {
          newVaults.putIfAbsent(parts[2], VaultSource.of(parts[2], VaultSource.DEFAULT_MOUNT, stackName));
        }
      }
    }
    List<Variable> allVariables = new ArrayList<>(newVariables.values());
    allVariables.addAll(variables);
    List<VaultSource> allVaults = new ArrayList<>(newVaults.values());
    allVaults.addAll(vaultSources);
    List<Attr> args = new ArrayList<>();
    if (derivation.source() && !hasArgument(arguments, CatalogNames.SOURCE)) {
      args.add(Attr.of(CatalogNames.SOURCE, defaultSource(name)));
    }
    args.addAll(arguments);
    if (derivation.tier() && !hasArgument(arguments, CatalogNames.TIER)) {
      args.add(Attr.of(CatalogNames.TIER, tierArgument(tier)));
    }
    return new ModuleCall(name, header, allVariables, allVaults, localsLeading, locals, openComment, args, closing,
        source, layout, extras);
  }

  /**
   * What the call uses but does not declare itself: the {@code var.X}, {@code local.X} and
   * {@code data.vault_kv_secret_v2.L} it references (in its vault sources, locals, arguments and blocks
   * copied as written) without a variable, local or vault source of that name, in order of first use.
   */
  public Declarations undeclared() {
    Set<String> declared = new HashSet<>();
    for (Variable v : variables) {
      declared.add(v.name());
    }
    Set<String> defined = new HashSet<>();
    for (VaultSource v : vaultSources) {
      defined.add(v.label());
    }
    Set<String> localNames = new HashSet<>();
    for (Attr a : locals) {
      localNames.add(a.name());
    }
    Set<String> vars = new java.util.LinkedHashSet<>();
    Set<String> locs = new java.util.LinkedHashSet<>();
    Set<String> vault = new java.util.LinkedHashSet<>();
    for (Expr e : scanned()) {
      for (Reference r : references(e)) {
        String[] parts = r.path().split("\\.");
        if (parts.length < 2) {
          continue;
        }
        if (parts[0].equals("var") && !declared.contains(parts[1])) {
          vars.add(parts[1]);
        } else if (parts[0].equals("local") && !localNames.contains(parts[1])) {
          locs.add(parts[1]);
        } else if (parts[0].equals(DATA) && parts.length > 2 && parts[1].equals(VaultSource.TYPE)
            && !defined.contains(parts[2])) {
          vault.add(parts[2]);
        }
      }
    }
    return new Declarations(vars, locs, vault);
  }

  private List<Expr> scanned() {
    List<Expr> scanned = new ArrayList<>();
    for (VaultSource v : vaultSources) {
      scanned.add(v.mount().value());
      scanned.add(v.path().value());
      for (Attr a : v.extra()) {
        scanned.add(a.value());
      }
    }
    for (Attr a : locals) {
      scanned.add(a.value());
    }
    for (Attr a : arguments) {
      scanned.add(a.value());
    }
    for (Verbatim v : extras) {
      scanned.add(new Expr(v.text()));
    }
    return scanned;
  }

  private static List<Reference> references(Expr e) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : HclLexer.scan(e.text())) {
      if (t.type() != TokenType.EOF) {
        tokens.add(t);
      }
    }
    return tokens.isEmpty() ? List.of() : Expressions.references(new Expression(tokens, SourceRef.NONE.file()));
  }

  /** The conventional source of a wrapper's module: {@code "./modules/<name>"}. */
  public static Expr defaultSource(String moduleName) {
    return Expr.string("./modules/" + moduleName);
  }

  /** The conventional tier argument: {@code local.tiers.<tier>} (tiers.tf defines {@code local.tiers}). */
  public static Expr tierArgument(String tier) {
    Names.requireIdentifier(tier, "tier name");
    return new Expr("local.tiers." + tier);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a module call from Java, in the order the parts are given; nothing is derived. */
  public static final class Builder {
    private final String name;
    private Trivia header = Trivia.NONE;
    private final List<Variable> variables = new ArrayList<>();
    private final List<VaultSource> vaultSources = new ArrayList<>();
    private final List<Attr> locals = new ArrayList<>();
    private final List<Attr> arguments = new ArrayList<>();
    private final List<Verbatim> extras = new ArrayList<>();

    private Builder(String name) {
      this.name = Names.requireIdentifier(name, "module name");
    }

    /** Comment lines for the top of main.tf, under the header line. */
    public Builder comment(String text) {
      this.header = Trivia.comment(text);
      return this;
    }

    public Builder variable(Variable variable) {
      variables.add(Objects.requireNonNull(variable, "variable"));
      return this;
    }

    public Builder vault(VaultSource vault) {
      vaultSources.add(Objects.requireNonNull(vault, "vault"));
      return this;
    }

    public Builder local(String localName, Expr value) {
      locals.add(Attr.of(localName, value));
      return this;
    }

    public Builder argument(String argumentName, Expr value) {
      arguments.add(Attr.of(argumentName, value));
      return this;
    }

    public Builder argument(Attr argument) {
      arguments.add(Objects.requireNonNull(argument, "argument"));
      return this;
    }

    /** A Terraform block copied as written after the call, e.g. {@code output "id" { value = module.x.id }}. */
    public Builder block(String text) {
      extras.add(Verbatim.of(text));
      return this;
    }

    public ModuleCall build() {
      return new ModuleCall(name, header, variables, vaultSources, Trivia.NONE, locals, "", arguments,
          Trivia.NONE, SourceRef.NONE, ModuleLayout.DEFAULT, extras);
    }
  }
}
