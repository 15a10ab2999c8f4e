package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Body;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Label;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Root;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a repository file's top-level items as the {@code shared} or {@code stack_file} block that holds them.
 *
 * <p>Import takes over a nested repository's hierarchy files and Terragrunt Stacks files as these blocks. The
 * value is built from the file's own nodes with the catalog's own checks: the file's nodes become the body of
 * a block node built in Java ({@code shared "<path>" { nodes }}, at line 1 of the file, nothing parsed), which
 * the schema checks as a top-level catalog block ({@link SchemaCheck#topLevel}) and the catalog reader reads
 * ({@link FileBlocks#readShared}, {@link FileBlocks#readStackFile}), so a refusal is worded as the catalog's
 * and placed on the file's own line. The items are values equal to those the printed block reads back
 * ({@link dev.stackgen.model.Verbatim}'s depth-0 convention), source positions aside (here: lines of the
 * file); the block has no comment above it and starts at the file's line 1.
 */
public final class FileBlockValues {
  private FileBlockValues() {}

  /**
   * The {@code shared "<path>"} block holding {@code file}'s items, {@code path} its file name.
   *
   * @param allowTerragrunt the Terragrunt names the schema takes unchecked (the catalog's
   *     {@code allow_terragrunt})
   */
  public static SharedFile shared(HclFile file, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    Block block = holding(Name.SHARED, file.fileName(), file);
    new SchemaCheck(allowTerragrunt, new ArrayList<Warning>()).topLevel(file, block);
    return FileBlocks.readShared(file, block, Trivia.NONE, at(file));
  }

  /** The {@code stack_file "<dir>"} block holding {@code file}'s items (a {@code terragrunt.stack.hcl}). */
  public static StackConfig stackFile(HclFile file, String dir, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    Block block = holding(Name.STACK_FILE, dir, file);
    new SchemaCheck(allowTerragrunt, new ArrayList<Warning>()).topLevel(file, block);
    return FileBlocks.readStackFile(file, block, Trivia.NONE, at(file));
  }

  /**
   * The {@code root} block holding {@code settings} (the catalog's own attributes import adds: {@code tiers},
   * {@code layout}, each with its comment lines above), a blank line, then {@code file}'s items: schema checked
   * as a top-level catalog block and read by the catalog's root reader, as the catalog reads the block's print
   * (a refusal worded as the catalog's; an item's error at its line of the file). The settings are import's
   * own values, not the file's: their print (canonical) is parsed and its nodes placed after the file's text
   * (lines below the file's last), so the block is one file's nodes as the readers take it.
   *
   * @param file the root file, in canonical form (as the catalog holds its items)
   * @param allowTerragrunt the Terragrunt names the schema takes unchecked
   */
  public static Root root(List<Attr> settings, HclFile file, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    StringBuilder text = new StringBuilder();
    for (Attr a : settings) {
      a.leading().lines().forEach(line -> text.append(line).append('\n'));
      text.append(a.name()).append(" = ").append(a.value().text().strip())
          .append(a.trailingComment().isEmpty() ? "" : " " + a.trailingComment()).append('\n');
    }
    String source = file.source().isEmpty() || file.source().endsWith("\n") ? file.source() : file.source() + "\n";
    int lines = (int) source.chars().filter(c -> c == '\n').count();
    HclFile own = HclParser.parse(HclFormatter.format(text.toString(), file.fileName()), file.fileName());
    List<Node> nodes = new ArrayList<>();
    for (Node n : own.body().nodes()) {
      nodes.add(shifted(n, source.length(), lines));
    }
    if (!settings.isEmpty()) {
      nodes.add(new BlankLine(List.of(new Token(TokenType.NEWLINE, "\n", lines + 1, 1, source.length(), ""))));
    }
    nodes.addAll(file.body().nodes());
    HclFile whole = new HclFile(file.fileName(), source + own.source(), file.body(), file.eof());
    // the parser sets an attribute once in a body: the file's were parsed together, not with the settings
    Map<String, Attribute> set = new HashMap<>();
    for (Node n : nodes) {
      if (n instanceof Attribute a && set.putIfAbsent(a.name(), a) != null) {
        throw new CatalogException(CatalogReader.ref(whole, a), "attribute \"" + a.name() + "\" was already set"
            + " in root: import gives the catalog root " + Items.text(whole, set.get(a.name())));
      }
    }
    Token typeToken = new Token(TokenType.IDENT, Name.ROOT, 1, 1, 0, "");
    Block block = new Block(Name.ROOT, List.of(), new Body(nodes), false, Optional.empty(), Optional.empty(),
        List.of(typeToken));
    new SchemaCheck(allowTerragrunt, new ArrayList<Warning>()).topLevel(whole, block);
    return new RootReader(whole).read(block, Trivia.NONE, at(file));
  }

  /** {@code node} (an attribute, comment or blank line of the settings' print) {@code offset} and {@code lines} on. */
  private static Node shifted(Node node, int offset, int lines) {
    if (node instanceof Attribute a) {
      return new Attribute(a.name(), new Expression(shifted(a.expression().tokens(), offset, lines), a.expression()
          .fileName()), a.trailingComment().map(c -> new Comment(shifted(c.tokens(), offset, lines))), shifted(a
              .tokens(), offset, lines));
    }
    if (node instanceof Comment c) {
      return new Comment(shifted(c.tokens(), offset, lines));
    }
    if (node instanceof BlankLine b) {
      return new BlankLine(shifted(b.tokens(), offset, lines));
    }
    throw new IllegalStateException("a setting is an attribute: " + node);
  }

  private static List<Token> shifted(List<Token> tokens, int offset, int lines) {
    return tokens.stream().map(t -> new Token(t.type(), t.text(), t.line() + lines, t.column(), t.offset() + offset,
        t.before())).toList();
  }

  private static SourceRef at(HclFile file) {
    return new SourceRef(file.fileName(), 1, 1);
  }

  /** {@code type "label" { file's nodes }}, a block node at line 1 of {@code file} (its type and label tokens). */
  private static Block holding(String type, String label, HclFile file) {
    Token typeToken = new Token(TokenType.IDENT, type, 1, 1, 0, "");
    Token labelToken = new Token(TokenType.QUOTED_LIT, label, 1, 1, 0, "");
    return new Block(type, List.of(new Label(label, true, List.of(labelToken))), new Body(file.body().nodes()),
        false, Optional.empty(), Optional.empty(), List.of(typeToken, labelToken));
  }
}
