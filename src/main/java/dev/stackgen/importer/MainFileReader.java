package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import static dev.stackgen.importer.ImportText.quoted;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.Declared;
import dev.stackgen.catalog.ModuleBlocks;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Reference;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackSyntax;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stack's module-wrapper {@code main.tf} (inverse of the main file view): why a main.tf is not a
 * wrapper, and the {@code module} block that renders one.
 */
final class MainFileReader {
  private final StackProbe probe;

  MainFileReader(StackProbe probe) {
    this.probe = probe;
  }

  /**
   * Why a main.tf is not a module wrapper (header comments, variables, vault_kv_secret_v2 data
   * sources, locals, outputs and the other blocks a module block copies as written, exactly one module
   * call with a local source, or any source in a file stackgen generated), or null when it is one.
   */
  static String wrapperShape(String path, String text) {
    HclFile file;
    try {
      file = HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return "not HCL: " + e.getMessage();
    }
    List<Block> modules = new ArrayList<>();
    for (Node n : file.body().nodes()) {
      if (n instanceof Attribute a) {
        return "app code: attribute " + a.name() + " at line " + a.line();
      }
      if (!(n instanceof Block b)) {
        continue;
      }
      if (ModuleCall.VERBATIM_BLOCKS.contains(b.type())) {
        continue;
      }
      switch (b.type()) {
        case "variable" -> {}
        case "locals" -> {}
        case "module" -> modules.add(b);
        case "data" -> {
          if (b.labels().isEmpty() || !b.labels().get(0).value().equals(VaultSource.TYPE)) {
            return "app code: " + construct(b) + " at line " + b.line();
          }
        }
        default -> {
          return "app code: " + construct(b) + " at line " + b.line();
        }
      }
    }
    if (modules.size() != 1) {
      return modules.isEmpty() ? "declarations only, no module call: not a module wrapper"
          : "not a module wrapper: " + modules.size() + " module calls (" + String.join(", ", modules.stream()
              .map(m -> construct(m) + " at line " + m.line()).toList()) + ")";
    }
    Block module = modules.get(0);
    for (Node m : module.body().nodes()) {
      if (m instanceof Attribute a && a.name().equals("source")) {
        String src = a.expression().text().strip();
        if (!src.startsWith("\"./") && !src.startsWith("\"../") && !ImportText.startsWithHeader(text)) {
          return "not a module wrapper: " + construct(module) + " at line " + module.line() + " calls " + src
              + ", not a local path (./ or ../)";
        }
      }
    }
    return null;
  }

  /**
   * The wrapper's {@code module} block (null when none reproduces it, with the reason): the call with how its
   * block is written ({@link ModuleBlocks.Read}) and its catalog text, main.tf's top comments above it.
   */
  record Outcome(ModuleBlocks.Read read, String block, String reason) {}

  /**
   * The {@code module} block (with the main.tf's top comment directly above it) that renders the
   * wrapper: derivation left on where that still reproduces the file and switched off otherwise, the
   * blank lines between blocks as written where the default spacing does not reproduce them, the
   * lines after the call as the layout's footer, and what other files of the stack declare as
   * {@code elsewhere}. Each candidate is a model value built from main.tf's nodes ({@link ModuleBlocks},
   * checked as the catalog reader checks the block) and rendered as it is; the kept one's text is printed
   * from the value. When nothing reproduces the file, the first line that differs.
   *
   * @param text the file as the catalog holds it (header line removed when the catalog writes it)
   * @param otherFiles what the stack's other hand-written .tf files declare
   * @param stackGenerates what the generate blocks of the stack's terragrunt.hcl declare
   */
  Outcome moduleBlock(String name, String tier, String text, String path, String original,
      Declarations otherFiles, Declarations stackGenerates) throws HclSyntaxException {
    // the values are built from the file in canonical form (what the catalog block holds; same lines)
    HclFile file = HclParser.parse(HclFormatter.format(text, path), path);
    Block call = null;
    for (Node n : file.body().nodes()) {
      if (call == null && n instanceof Block b && b.type().equals(Name.MODULE)) {
        call = b;
      }
    }
    if (call == null || call.labels().isEmpty()) {
      return new Outcome(null, null, "module wrapper, but its module call has no label");
    }
    ModuleBlocks wrapper;
    try {
      wrapper = ModuleBlocks.of(file);
    } catch (CatalogException e) {
      return new Outcome(null, null, "module wrapper, but its module block is not a valid catalog item: "
          + e.reason());
    }
    Set<String> unused = unusedVariables(file);
    Declarations elsewhere = otherFiles.isEmpty() ? Declarations.NONE : elsewhere(file, otherFiles);
    Declarations provided = probe.rootDeclared().plus(stackGenerates);
    String canonical = HclFormatter.format(original, path);
    String firstRendered = null;
    String firstError = null;
    for (boolean asWritten : new boolean[] {false, true}) {
      for (boolean deriveNothing : new boolean[] {false, true}) {
        ModuleBlocks.Read read;
        try {
          read = wrapper.read(name, tier, new ModuleBlocks.Written(asWritten, deriveNothing), elsewhere, unused,
              provided);
        } catch (CatalogException e) {
          firstError = firstError == null ? e.reason() : firstError;
          continue;
        } catch (IllegalArgumentException e) {
          firstError = firstError == null ? e.getMessage() : firstError;
          continue;
        }
        // what renders is the call: the probe's stack needs no record of how its block is written
        StackProbe.Rendering r = probe.render(new Stack(name, tier, State.PG, Trivia.NONE, List.of(), true,
            List.of(), Trivia.NONE, SourceRef.NONE, Optional.of(read.call()), false, List.of()), path);
        if (canonical.equals(r.content())) {
          StringBuilder block = new StringBuilder();
          for (String line : read.above().fromFirstComment()) {
            block.append(line).append('\n');
          }
          return new Outcome(read, block.append(read.text()).toString(), null);
        }
        if (firstRendered == null && r.content() != null) {
          firstRendered = r.content();
        }
        if (firstError == null && r.error() != null) {
          firstError = r.error();
        }
      }
    }
    return new Outcome(null, null, firstRendered != null
        ? "module wrapper, but the module block renders it differently: "
            + FirstDifference.describe(canonical, firstRendered)
        : "module wrapper, but its module block is not a valid catalog item: " + firstError);
  }

  /**
   * A stack of tier {@code tier} holding only the module block {@code read}, as the catalog reader reads a
   * stack block holding it: the call, and how the block is written with the lines above it.
   */
  static Stack moduleStack(String name, String tier, ModuleBlocks.Read read) {
    ModuleCall call = read.call();
    StackSyntax syntax = new StackSyntax(List.of(), List.of(StackSyntax.Part.MODULE), false, "", "", List.of(
        new Verbatim(read.text().stripTrailing(), read.above(), call.source())), List.of(), List.of(),
        new StackSyntax.AsRead(Optional.of(call), Optional.of(read.syntax())));
    return new Stack(name, tier, State.PG, Trivia.NONE, List.of(), true, List.of(), Trivia.NONE, SourceRef.NONE,
        Optional.of(call), false, List.of(), syntax);
  }

  /**
   * The variables main.tf declares and nothing else in it uses (another file of the stack does, or they take
   * Terragrunt's inputs): named ({@code elsewhere.used_variables}), so the catalog does not warn about what
   * the file says on purpose.
   */
  static Set<String> unusedVariables(HclFile file) {
    Set<String> unused = new TreeSet<>(Declared.in(file).variables());
    for (Node n : file.body().nodes()) {
      if (!(n instanceof Block b && b.type().equals("variable"))) {
        for (Reference r : references(n)) {
          String[] parts = r.path().split("\\.");
          if (parts.length >= 2 && parts[0].equals("var")) {
            unused.remove(parts[1]);
          }
        }
      }
    }
    return unused;
  }

  /** What main.tf uses from the stack's other files and does not declare itself ({@code elsewhere}), sorted. */
  static Declarations elsewhere(HclFile file, Declarations otherFiles) {
    Declarations own = Declared.in(file);
    Set<String> variables = new TreeSet<>();
    Set<String> locals = new TreeSet<>();
    Set<String> vault = new TreeSet<>();
    for (Node n : file.body().nodes()) {
      for (Reference r : references(n)) {
        String[] parts = r.path().split("\\.");
        if (parts.length < 2) {
          continue;
        }
        if (parts[0].equals("var") && otherFiles.variables().contains(parts[1]) && !own.variables().contains(
            parts[1])) {
          variables.add(parts[1]);
        } else if (parts[0].equals("local") && otherFiles.locals().contains(parts[1])
            && !own.locals().contains(parts[1])) {
          locals.add(parts[1]);
        } else if (parts[0].equals("data") && parts.length > 2 && parts[1].equals(VaultSource.TYPE)
            && otherFiles.vault().contains(parts[2]) && !own.vault().contains(parts[2])) {
          vault.add(parts[2]);
        }
      }
    }
    return new Declarations(variables, locals, vault);
  }

  /** Every reference in a node's expressions, nested blocks included. */
  private static List<Reference> references(Node n) {
    List<Reference> out = new ArrayList<>();
    if (n instanceof Attribute a) {
      out.addAll(Expressions.references(a.expression()));
    } else if (n instanceof Block b) {
      for (Node m : b.body().nodes()) {
        out.addAll(references(m));
      }
    }
    return out;
  }

  /** How a reason names a top-level item: {@code resource "a" "b"}, {@code attribute x}. */
  static String construct(Node n) {
    if (n instanceof Attribute a) {
      return "attribute " + a.name();
    }
    if (n instanceof Block b) {
      StringBuilder s = new StringBuilder(b.type());
      for (var l : b.labels()) {
        s.append(' ').append(quoted(l.value()));
      }
      return s.toString();
    }
    return "a comment";
  }
}
