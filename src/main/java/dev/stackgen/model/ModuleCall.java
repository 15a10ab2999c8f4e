package dev.stackgen.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A module-wrapper stack's {@code main.tf}: header comment, {@code variable} declarations,
 * {@code data "vault_kv_secret_v2"} sources, {@code locals}, and the call {@code module "<name>"}
 * with its arguments in order (comments and blank lines included). The catalog reader fills in
 * what it derives, so this record holds exactly what is rendered.
 */
public record ModuleCall(
    String name,
    Trivia header,
    List<Variable> variables,
    List<VaultSource> vaultSources,
    Trivia localsLeading,
    List<Attr> locals,
    List<Attr> arguments,
    Trivia closing,
    SourceRef source) {
  public ModuleCall {
    Names.requireIdentifier(name, "module name");
    Objects.requireNonNull(header, "header");
    variables = List.copyOf(variables);
    vaultSources = List.copyOf(vaultSources);
    Objects.requireNonNull(localsLeading, "localsLeading");
    locals = List.copyOf(locals);
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(source, "source");
    unique(variables.stream().map(Variable::name).toList(), "variable declared twice in module " + name + ": ");
    unique(vaultSources.stream().map(VaultSource::label).toList(),
        "vault source declared twice in module " + name + ": ");
    unique(locals.stream().map(Attr::name).toList(), "local given twice in module " + name + ": ");
    unique(arguments.stream().map(Attr::name).toList(), "argument given twice in module " + name + ": ");
  }

  private static void unique(List<String> names, String message) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(message + n);
      }
    }
  }

  /** The conventional source of a wrapper's module: {@code "./modules/<name>"}. */
  public static Expr defaultSource(String moduleName) {
    return Expr.string("./modules/" + moduleName);
  }

  /** The conventional tier argument: {@code local.tiers.<tier>} (tiers.tf defines {@code local.tiers}). */
  public static Expr tierArgument(String tier) {
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

    public ModuleCall build() {
      return new ModuleCall(name, header, variables, vaultSources, Trivia.NONE, locals, arguments, Trivia.NONE,
          SourceRef.NONE);
    }
  }
}
