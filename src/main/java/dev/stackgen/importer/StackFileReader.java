package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.ModuleBlocks;
import dev.stackgen.catalog.StackBlocks;
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
import dev.stackgen.model.Names;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stack's {@code terragrunt.hcl} (inverse of the stack file view): the {@code stack} block in the
 * default layout where that renders the file, else {@code layout = "exact"} with the include and
 * every comment and blank line as items.
 *
 * <p>The stack is a model value built from the file's nodes in canonical form
 * ({@link dev.stackgen.catalog.StackBlocks#fromFile}, checked as the catalog reader checks the same items
 * in a stack block): the default layout is decided by rendering that value ({@link StackProbe}), and the
 * candidate carries it ({@link CandidateBlock#value}, equal to what its text reads back, source positions
 * aside: StackFileValuesTest). Its file blocks are the values {@link OverlayImporter} built, taken as they
 * are, and so is its module block ({@link MainFileReader}'s value, with how its block is written).
 * {@link ImportedCatalog} checks the value (an error at it is at its line of the file: the candidate's
 * {@link CandidateBlock#lineOffset}); the candidate's text is what its print must be, and where an error at no
 * value is placed.
 */
final class StackFileReader {
  private final StackProbe probe;
  private final Set<String> stacks;

  /**
   * @param stacks the stacks being imported (a dependency on another folder keeps its config_path)
   */
  StackFileReader(StackProbe probe, Set<String> stacks) {
    this.probe = probe;
    this.stacks = stacks;
  }

  /**
   * Why a stack's terragrunt.hcl cannot be taken over (not UTF-8, not HCL, a dependency without the
   * {@code config_path} Terragrunt requires: the catalog's {@code dependency "x" {}} means one is
   * generated), or null when it can.
   */
  static String unfit(String path, String text) {
    if (text == null) {
      return "not UTF-8 text";
    }
    HclFile file;
    try {
      file = HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return "not HCL: " + e.getMessage();
    }
    for (Node n : file.body().nodes()) {
      if (n instanceof Block b && b.type().equals("dependency") && b.body().nodes().stream()
          .noneMatch(m -> m instanceof Attribute a && a.name().equals("config_path"))) {
        return "dependency" + (b.labels().isEmpty() ? "" : " " + quoted(b.labels().get(0).value())) + " at line "
            + b.line() + " has no config_path, which Terragrunt requires (add it, then import again)";
      }
    }
    return null;
  }

  /**
   * The catalog block of one stack, with the line of {@code path} each of its items comes from.
   *
   * @param path the file's repo path
   * @param original the file on disk
   * @param text the file as the catalog holds it (header line removed when the catalog writes it,
   *     {@code lineOffset} lines)
   * @param fileBlocks catalog text of the stack's file and module blocks (the candidate's text)
   * @param files the stack's file blocks as values ({@link OverlayImporter}), in the order of {@code fileBlocks}
   * @param module the stack's module block ({@link MainFileReader}: its text is the last of {@code fileBlocks}),
   *     or null
   */
  CandidateBlock stackBlock(String name, String tier, boolean local, String path, String original, String text,
      int lineOffset, String fileBlocks, List<StackFile> files, ModuleBlocks.Read module) throws HclSyntaxException {
    String canonical = HclFormatter.format(original, path);
    HclFile file = HclParser.parse(text, path);
    List<Node> nodes = file.body().nodes();
    String settingsLines = Name.TIER + " = " + quoted(tier) + "\n" + Name.STATE + " = " + quoted(local ? "local" : "pg")
        + "\n";
    // the model values are built from the file in canonical form (what the catalog block holds), same lines
    HclFile formatted = HclParser.parse(HclFormatter.format(text, path), path);
    Blocks blocks = new Blocks(files, module == null ? null : MainFileReader.moduleStack(name, tier, module));
    CandidateBlock.Builder natural = naturalBlock(name, settingsLines + fileBlocks, nodes, lineOffset);
    Stack value = natural == null ? null : naturalStack(formatted, name, tier, local, blocks);
    if (value != null && probe.rendered(value, path, canonical)) {
      return natural.build(value, lineOffset);
    }
    CandidateBlock.Builder exact = new CandidateBlock.Builder().append(Name.STACK + " " + quoted(name) + " {\n"
        + settingsLines + Name.LAYOUT + " = \"exact\"\n" + fileBlocks + "\n");
    for (Node n : nodes) {
      exact.append(rewrite(n), n.line() + lineOffset, n.column());
    }
    return exact.append(exact.text().endsWith("\n") ? "}\n" : "\n}\n").build(stack(formatted, name, tier, local,
        true, blocks, formatted.body().nodes(), 1, List.of()), lineOffset);
  }

  /**
   * The stack in the default layout as a model value, built from the file's nodes (the comments above the
   * include its header, the items after it its items), or null when the catalog cannot hold them so.
   */
  private Stack naturalStack(HclFile file, String name, String tier, boolean local, Blocks blocks) {
    List<Node> nodes = file.body().nodes();
    int include = 0;
    while (!(nodes.get(include) instanceof Block)) {
      include++; // the header comments and the blank line below them: naturalBlock checked the layout
    }
    List<Node> header = nodes.subList(0, include).stream().filter(n -> n instanceof Comment).toList();
    return stack(file, name, tier, local, false, blocks, nodes.subList(include + 1, nodes.size()), 0, header);
  }

  /**
   * The stack holding {@code items} of the file as a model value ({@link StackBlocks#fromFile}), or null when
   * the catalog cannot hold them so (the block's text is checked and says why).
   *
   * @param blocks the module and file blocks
   * @param blankLinesFirst blank lines the block holds above the first item, after its settings and blocks
   */
  private Stack stack(HclFile file, String name, String tier, boolean local, boolean exact, Blocks blocks,
      List<Node> items, int blankLinesFirst, List<Node> header) {
    try {
      return StackBlocks.fromFile(file, name, tier, local ? State.LOCAL : State.PG, exact, blocks.files(),
          blocks.module(), items,
          blankLinesFirst, header, probe.rootDeclared(), this::isShorthand);
    } catch (CatalogException | HclSyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The file blocks, values from {@link OverlayImporter} as they are, and a stack holding the module block,
   * the value {@link MainFileReader} built ({@code module} null when there is none).
   */
  private record Blocks(List<StackFile> files, Stack module) {}

  /** Whether the catalog writes {@code b} as the {@code dependency "x" {}} shorthand ({@link #rewrite}). */
  private boolean isShorthand(Block b) {
    return !rewrite(b).equals(b.print());
  }

  /** Comments, one blank line, the standard include, then items: the default layout, or null. */
  private CandidateBlock.Builder naturalBlock(String name, String settingsLines, List<Node> nodes, int lineOffset) {
    int i = 0;
    List<Comment> comments = new ArrayList<>();
    while (i < nodes.size() && nodes.get(i) instanceof Comment c) {
      comments.add(c);
      i++;
    }
    if (!comments.isEmpty()) {
      if (i >= nodes.size() || !(nodes.get(i) instanceof BlankLine)) {
        return null;
      }
      i++;
    }
    if (i >= nodes.size() || !(nodes.get(i) instanceof Block b) || !b.type().equals("include")
        || !HclFormatter.format(b.print().strip() + "\n").equals(
            "include \"root\" {\n  path = find_in_parent_folders()\n}\n")) {
      return null;
    }
    CandidateBlock.Builder out = new CandidateBlock.Builder();
    for (Comment c : comments) {
      out.append(ensureNewline(c.print().strip()), c.line() + lineOffset, c.column());
    }
    out.append(Name.STACK + " " + quoted(name) + " {\n" + settingsLines);
    for (int j = i + 1; j < nodes.size(); j++) {
      out.append(rewrite(nodes.get(j)), nodes.get(j).line() + lineOffset, nodes.get(j).column());
    }
    return out.append(out.text().endsWith("\n") ? "}\n" : "\n}\n");
  }

  /**
   * A node's source, a dependency on an imported stack in the {@code dependency "x" {}} shorthand where
   * that renders it exactly.
   */
  private String rewrite(Node node) {
    String printed = node.print();
    if (!(node instanceof Block b) || !b.type().equals("dependency") || b.labels().size() != 1) {
      return printed;
    }
    String label = b.labels().get(0).value();
    List<Node> body = b.body().nodes();
    if (!Names.isStackName(label) || !stacks.contains(label) || body.size() < 2
        || !(body.get(0) instanceof Attribute path) || !(body.get(1) instanceof Attribute skip)
        || !path.name().equals("config_path") || !skip.name().equals("skip_outputs")
        || path.trailingComment().isPresent() || skip.trailingComment().isPresent() || b.trailingComment().isPresent()
        || !path.expression().text().strip().equals("\"../" + label + "\"")
        || !skip.expression().text().strip().equals("true")) {
      return printed;
    }
    String generated = path.print() + skip.print();
    int at = printed.indexOf(generated);
    if (at < 0) {
      return printed;
    }
    if (body.size() == 2 && b.openComment().isEmpty() && b.trailingComment().isEmpty() && !b.oneLine()) {
      String indent = printed.substring(0, printed.length() - printed.stripLeading().length());
      return indent + "dependency " + quoted(label) + " {}\n";
    }
    return printed.substring(0, at) + printed.substring(at + generated.length());
  }
}
