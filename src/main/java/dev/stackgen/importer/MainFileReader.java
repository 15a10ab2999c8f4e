package dev.stackgen.importer;

import static dev.stackgen.importer.ImportText.ensureNewline;
import static dev.stackgen.importer.ImportText.quoted;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
   * sources, at most one locals, exactly one module call with a local source, or any source in a file
   * stackgen generated), or null when it is one.
   */
  static String wrapperShape(String path, String text) {
    HclFile file;
    try {
      file = HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return "not a module wrapper: does not parse (" + e.getMessage() + ")";
    }
    int modules = 0;
    int locals = 0;
    Set<String> others = new LinkedHashSet<>();
    for (Node n : file.body().nodes()) {
      if (n instanceof Attribute a) {
        others.add("attribute " + a.name());
      } else if (n instanceof Block b) {
        switch (b.type()) {
          case "variable" -> { }
          case "locals" -> locals++;
          case "module" -> {
            modules++;
            for (Node m : b.body().nodes()) {
              if (m instanceof Attribute a && a.name().equals("source")) {
                String src = a.expression().text().strip();
                if (!src.startsWith("\"./") && !src.startsWith("\"../") && !ImportText.startsWithHeader(text)) {
                  return "not a module wrapper: module source " + src + " is not a local path";
                }
              }
            }
          }
          case "data" -> {
            if (b.labels().isEmpty() || !b.labels().get(0).value().equals("vault_kv_secret_v2")) {
              others.add("data \"" + (b.labels().isEmpty() ? "" : b.labels().get(0).value()) + "\"");
            }
          }
          default -> others.add(b.type());
        }
      }
    }
    if (!others.isEmpty()) {
      return "not a module wrapper: has " + String.join(", ", others) + " at the top level";
    }
    if (modules != 1) {
      return "not a module wrapper: " + modules + " module calls";
    }
    if (locals > 1) {
      return "not a module wrapper: " + locals + " locals blocks";
    }
    return null;
  }

  /**
   * The {@code module} block (with the main.tf's top comment directly above it) that renders the
   * wrapper, derivation left on where that still reproduces the file and switched off otherwise; null
   * when neither reproduces it.
   *
   * @param text the file as the catalog holds it (header line removed when the catalog writes it)
   */
  String moduleBlock(String name, String tier, String text, String path, String original)
      throws HclSyntaxException {
    List<Node> nodes = HclParser.parse(text, path).body().nodes();
    int i = 0;
    StringBuilder header = new StringBuilder();
    while (i < nodes.size() && nodes.get(i) instanceof Comment c) {
      header.append(ensureNewline(c.print().strip()));
      i++;
    }
    while (i < nodes.size() && nodes.get(i) instanceof BlankLine) {
      i++;
    }
    StringBuilder nested = new StringBuilder();
    StringBuilder arguments = new StringBuilder();
    String label = null;
    for (; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n instanceof Block b && b.type().equals("module")) {
        label = b.labels().isEmpty() ? null : b.labels().get(0).value();
        for (Node m : b.body().nodes()) {
          arguments.append(m.print());
        }
      } else if (n instanceof Block b && b.type().equals("data")) {
        Matcher m = VAULT_DATA.matcher(n.print());
        nested.append(m.find() ? m.replaceFirst("vault ") : n.print());
      } else if (label != null && !(n instanceof Comment || n instanceof BlankLine)) {
        return null;
      } else {
        nested.append(n.print());
      }
    }
    if (label == null) {
      return null;
    }
    String blocks = nested.toString();
    while (blocks.endsWith("\n\n")) {
      blocks = blocks.substring(0, blocks.length() - 1);
    }
    String canonical = HclFormatter.format(original, path);
    for (String derive : new String[] {"", "derive {\nvariables = false\nvault = false\nsource = false\ntier = false\n}\n\n"}) {
      String block = header + "module " + quoted(label) + " {\n" + derive + blocks + (blocks.isEmpty() ? "" : "\n")
          + arguments + "}\n";
      if (probe.renders(name, tier, block, path, canonical)) {
        return block;
      }
    }
    return null;
  }
}
