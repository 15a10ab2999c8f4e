package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclLexer;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The text edits of Terragrunt's root file rename ({@code terragrunt.hcl} → {@code root.hcl}): the
 * catalog's {@code root_file} setting, and every {@code find_in_parent_folders()} that looks for the
 * root. Edits are made on the exact text, so every other byte stays as written.
 */
public final class RootFileMigration {
  private RootFileMigration() {}

  /** A text and how many root lookups were rewritten in it. */
  public record Rewrite(String text, int count) {}

  /**
   * {@code text} with every {@code find_in_parent_folders()} and {@code find_in_parent_folders("terragrunt.hcl")}
   * in code (not in comments, strings or heredoc text) turned into {@code find_in_parent_folders("<rootFile>")};
   * calls with another file name or a second argument are left alone.
   */
  public static Rewrite rewriteLookups(String text, String fileName, String rootFile) throws HclSyntaxException {
    List<Token> tokens = new ArrayList<>();
    for (Token t : HclLexer.lex(text, fileName)) {
      if (t.type() != TokenType.NEWLINE || !t.text().isEmpty()) {
        tokens.add(t);
      }
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int count = 0;
    String literal = "\"" + rootFile + "\"";
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token name = tokens.get(i);
      if (name.type() != TokenType.IDENT || !name.text().equals("find_in_parent_folders")
          || tokens.get(i + 1).type() != TokenType.OPAREN || (i > 0 && tokens.get(i - 1).type() == TokenType.DOT)) {
        continue;
      }
      Token next = tokens.get(i + 2);
      if (next.type() == TokenType.CPAREN) {
        out.append(text, copied, next.offset()).append(literal);
        copied = next.offset();
        count++;
      } else if (next.type() == TokenType.OQUOTE && i + 5 < tokens.size()
          && tokens.get(i + 3).type() == TokenType.QUOTED_LIT
          && tokens.get(i + 3).text().equals(Settings.LEGACY_ROOT_FILE)
          && tokens.get(i + 4).type() == TokenType.CQUOTE
          && tokens.get(i + 5).type() == TokenType.CPAREN) {
        out.append(text, copied, next.offset()).append(literal);
        copied = tokens.get(i + 4).end();
        count++;
      }
    }
    out.append(text, copied, text.length());
    return new Rewrite(out.toString(), count);
  }

  /**
   * The main catalog file with {@code root_file = "<rootFile>"} in its {@code stackgen} block (set, or
   * added as the block's last attribute; a {@code stackgen} block is added before the first block when
   * there is none). Only the {@code stackgen} block's bytes change, and it stays canonical.
   */
  public static String setRootFile(String text, String fileName, String rootFile) throws HclSyntaxException {
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    HclFile file = HclParser.parse(text, fileName);
    List<Node> nodes = file.body().nodes();
    String value = "\"" + rootFile + "\"";
    for (Node node : nodes) {
      if (node instanceof Block b && b.type().equals(CatalogSchema.Name.STACKGEN)) {
        List<Token> own = b.tokens().stream().filter(t -> !t.text().isBlank()).toList();
        int start = own.get(0).offset();
        int close = own.stream().filter(t -> t.type() == TokenType.CBRACE).reduce((x, y) -> y).orElseThrow().offset();
        int end = close + 1;
        String replaced;
        var existing = b.body().attribute(CatalogSchema.Name.ROOT_FILE);
        if (existing.isPresent()) {
          List<Token> expr = existing.get().expression().tokens().stream().filter(t -> !t.text().isBlank()).toList();
          replaced = text.substring(start, expr.get(0).offset()) + value
              + text.substring(expr.get(expr.size() - 1).end(), end);
        } else if (b.oneLine()) {
          int open = own.stream().filter(t -> t.type() == TokenType.OBRACE).findFirst().orElseThrow().offset();
          String inner = text.substring(open + 1, close).strip();
          replaced = text.substring(start, open + 1) + "\n" + (inner.isEmpty() ? "" : inner + "\n")
              + "root_file = " + value + "\n}";
        } else {
          replaced = text.substring(start, close).stripTrailing() + "\nroot_file = " + value + "\n}";
        }
        replaced = replaced.replace("\r\n", "\n");
        String formatted = HclFormatter.format(replaced + "\n", fileName);
        formatted = formatted.substring(0, formatted.length() - 1).replace("\n", nl);
        return text.substring(0, start) + formatted + text.substring(end);
      }
    }
    int insertAt = text.length();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Block || nodes.get(i) instanceof Attribute) {
        int first = i;
        while (first > 0 && nodes.get(first - 1) instanceof Comment) {
          first--;
        }
        insertAt = lineStart(text, nodes.get(first).line());
        break;
      }
    }
    String block = "stackgen {" + nl + "  root_file = " + value + nl + "}" + nl + nl;
    return text.substring(0, insertAt) + block + text.substring(insertAt);
  }

  private static int lineStart(String text, int line) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset;
  }
}
