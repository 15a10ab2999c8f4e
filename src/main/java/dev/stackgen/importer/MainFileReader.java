package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import static dev.stackgen.importer.ImportText.ensureNewline;
import static dev.stackgen.importer.ImportText.quoted;

import dev.stackgen.catalog.Declared;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Reference;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.VaultSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stack's module-wrapper {@code main.tf} (inverse of the main file view): why a main.tf is not a
 * wrapper, and the {@code module} block that renders one.
 */
final class MainFileReader {
  private static final Pattern VAULT_DATA = Pattern.compile("data\\s+\"vault_kv_secret_v2\"\\s+");

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

  /** The catalog text of a wrapper, or why none reproduces it. */
  record Outcome(String block, String reason) {}

  /**
   * The {@code module} block (with the main.tf's top comment directly above it) that renders the
   * wrapper: derivation left on where that still reproduces the file and switched off otherwise, the
   * blank lines between blocks as written where the default spacing does not reproduce them, the
   * lines after the call as the layout's footer, and what other files of the stack declare as
   * {@code elsewhere}. When nothing reproduces the file, the first line that differs.
   *
   * @param text the file as the catalog holds it (header line removed when the catalog writes it)
   * @param otherFiles what the stack's other hand-written .tf files declare
   * @param stackGenerates what the generate blocks of the stack's terragrunt.hcl declare
   */
  Outcome moduleBlock(String name, String tier, String text, String path, String original,
      Declarations otherFiles, Declarations stackGenerates) throws HclSyntaxException {
    HclFile file = HclParser.parse(text, path);
    List<Node> nodes = file.body().nodes();
    int i = 0;
    StringBuilder header = new StringBuilder();
    int comments = 0;
    while (comments < nodes.size() && nodes.get(comments) instanceof Comment) {
      comments++;
    }
    if (comments > 0 && comments + 1 < nodes.size() && nodes.get(comments) instanceof BlankLine
        && !(nodes.get(comments + 1) instanceof BlankLine)) {
      // The renderer writes a header comment with one blank line after it.
      for (; i < comments; i++) {
        header.append(ensureNewline(((Comment) nodes.get(i)).text()));
      }
      i++;
    }
    List<Node> pre = new ArrayList<>();
    List<Node> post = new ArrayList<>();
    StringBuilder arguments = new StringBuilder();
    Block call = null;
    for (; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (call != null) {
        post.add(n);
      } else if (n instanceof Block b && b.type().equals("module")) {
        call = b;
        for (Node m : b.body().nodes()) {
          arguments.append(b.oneLine() ? ensureNewline(m.print().strip()) : m.print());
        }
      } else {
        pre.add(n);
      }
    }
    int lastPost = lastBlock(post);
    List<String> footer = triviaLines(post.subList(lastPost + 1, post.size()));
    String after = lastPost < 0 ? "" : Name.AFTER_MODULE + " {\n" + catalogBlocks(post.subList(0, lastPost + 1))
        + "}\n";
    if (call == null || call.labels().isEmpty()) {
      return new Outcome(null, "module wrapper, but its module call has no label");
    }
    String label = call.labels().get(0).value();
    String callOpen = call.openComment().map(c -> " " + c.text()).orElse("");
    String callTrailing = call.trailingComment().map(c -> " " + c.text()).orElse("");
    int lastBlock = lastBlock(pre);
    List<String> beforeCall = triviaLines(pre.subList(lastBlock + 1, pre.size()));
    String beforeBlocks = catalogBlocks(pre.subList(0, lastBlock + 1));
    String blocks = beforeBlocks + (beforeBlocks.isEmpty() || after.isEmpty() ? "" : "\n") + after;
    String elsewhere = elsewhereBlock(file, otherFiles);
    String canonical = HclFormatter.format(original, path);
    String footerLines = footer.isEmpty() ? "" : Name.FOOTER + " = " + lines(footer) + "\n";
    String firstRendered = null;
    String firstError = null;
    for (boolean asWritten : new boolean[] {false, true}) {
      boolean defaultBefore = asWritten ? beforeCall.isEmpty()
          : beforeCall.equals(List.of("")) || beforeCall.isEmpty() && lastBlock < 0;
      String before = defaultBefore ? "" : Name.BEFORE_MODULE + " = " + lines(beforeCall) + "\n";
      String layoutBody = (asWritten ? Name.BLANK_LINES + " = \"as_written\"\n" : "") + before + footerLines
          + (call.oneLine() ? Name.ONE_LINE_CALL + " = true\n" : "");
      String layout = layoutBody.isEmpty() ? "" : Name.LAYOUT + " {\n" + layoutBody + "}\n";
      for (String derive : new String[] {"",
          Name.DERIVE + " {\n" + Name.VARIABLES + " = false\n" + Name.VAULT + " = false\n" + Name.SOURCE
              + " = false\n" + Name.TIER + " = false\n}\n"}) {
        String settings = layout + derive + elsewhere;
        String block = header + Name.MODULE + " " + quoted(label) + " {" + callOpen + "\n" + settings
            + (settings.isEmpty() ? "" : "\n")
            + blocks + (blocks.isEmpty() ? "" : "\n") + arguments + "}" + callTrailing + "\n";
        StackProbe.Rendering r = probe.render(name, tier, block, path, stackGenerates);
        if (canonical.equals(r.content())) {
          return new Outcome(block, null);
        }
        if (firstRendered == null && r.content() != null) {
          firstRendered = r.content();
        }
        if (firstError == null && r.error() != null) {
          firstError = r.error();
        }
      }
    }
    return new Outcome(null, firstRendered != null
        ? "module wrapper, but the module block renders it differently: "
            + FirstDifference.describe(canonical, firstRendered)
        : "module wrapper, but its module block is not a valid catalog item: " + firstError);
  }

  /** The index of the last node that is not a comment or blank line, or -1. */
  private static int lastBlock(List<Node> nodes) {
    int last = nodes.size() - 1;
    while (last >= 0 && (nodes.get(last) instanceof Comment || nodes.get(last) instanceof BlankLine)) {
      last--;
    }
    return last;
  }

  /** Comment and blank lines as layout lines: each comment line, "" for a blank line. */
  private static List<String> triviaLines(List<Node> nodes) {
    List<String> lines = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Comment c) {
        lines.addAll(c.text().lines().toList());
      } else {
        lines.add("");
      }
    }
    return lines;
  }

  /** Blocks of main.tf and the lines between them as the module block nests them (vault for the data sources). */
  private static String catalogBlocks(List<Node> nodes) {
    StringBuilder nested = new StringBuilder();
    for (Node n : nodes) {
      if (n instanceof Block b && b.type().equals("data")) {
        Matcher m = VAULT_DATA.matcher(n.print());
        nested.append(m.find() ? m.replaceFirst("vault ") : n.print());
      } else {
        nested.append(n.print());
      }
    }
    return nested.toString();
  }

  private static String lines(List<String> lines) {
    return "[" + String.join(", ", lines.stream().map(ImportText::quoted).toList()) + "]";
  }

  /** {@code elsewhere { ... }} naming what main.tf uses from the stack's other files, or "". */
  private static String elsewhereBlock(HclFile file, Declarations otherFiles) {
    Declarations own = Declared.in(file);
    // Variables main.tf declares and nothing else in it uses (another file of the stack does, or they take
    // Terragrunt's inputs): named, so the catalog does not warn about what the file says on purpose.
    Set<String> unused = new TreeSet<>(own.variables());
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
    if (otherFiles.isEmpty()) {
      return unused.isEmpty() ? "" : Name.ELSEWHERE + " {\n" + listed(Name.USED_VARIABLES, unused) + "}\n";
    }
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
    StringBuilder b = new StringBuilder();
    list(b, Name.VARIABLES, variables);
    list(b, Name.LOCALS, locals);
    list(b, Name.VAULT, vault);
    list(b, Name.USED_VARIABLES, unused);
    return b.isEmpty() ? "" : Name.ELSEWHERE + " {\n" + b + "}\n";
  }

  private static String listed(String name, Set<String> names) {
    StringBuilder b = new StringBuilder();
    list(b, name, names);
    return b.toString();
  }

  private static void list(StringBuilder b, String name, Set<String> names) {
    if (!names.isEmpty()) {
      b.append(name).append(" = [").append(String.join(", ", names.stream().map(ImportText::quoted).toList()))
          .append("]\n");
    }
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
