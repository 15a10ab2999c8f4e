package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclEdit;
import dev.stackgen.hcl.HclLexer;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text edits of Terragrunt's root file rename ({@code terragrunt.hcl} → {@code root.hcl}): the
 * catalog's {@code root_file} setting, and every {@code find_in_parent_folders()} that looks for the
 * root. Edits are made with {@link HclEdit} on the parsed text, so every other byte stays as written.
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
    HclEdit edit = HclEdit.of(text, fileName);
    List<Token> tokens = new ArrayList<>();
    for (Token t : HclLexer.lex(text, fileName)) {
      if (t.type() != TokenType.NEWLINE || !t.text().isEmpty()) {
        tokens.add(t);
      }
    }
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
        edit = edit.insertAt(next.offset(), literal);
        count++;
      } else if (next.type() == TokenType.OQUOTE && i + 5 < tokens.size()
          && tokens.get(i + 3).type() == TokenType.QUOTED_LIT
          && tokens.get(i + 3).text().equals(Settings.LEGACY_ROOT_FILE)
          && tokens.get(i + 4).type() == TokenType.CQUOTE
          && tokens.get(i + 5).type() == TokenType.CPAREN) {
        edit = edit.replace(next, tokens.get(i + 4), literal);
        count++;
      }
    }
    return new Rewrite(edit.text(), count);
  }

  /**
   * The main catalog file with {@code root_file = "<rootFile>"} in its {@code stackgen} block (set, or
   * added as the block's last attribute; a {@code stackgen} block is added before the first block when
   * there is none). Only the {@code stackgen} block's bytes change, and it stays canonical.
   */
  public static String setRootFile(String text, String fileName, String rootFile) throws HclSyntaxException {
    HclEdit edit = HclEdit.of(text, fileName);
    String value = "\"" + rootFile + "\"";
    Optional<Block> settings = edit.block(CatalogSchema.Name.STACKGEN);
    if (settings.isPresent()) {
      return edit.setAttribute(settings.get(), CatalogSchema.Name.ROOT_FILE, value).text();
    }
    List<Node> nodes = edit.file().body().nodes();
    String block = CatalogSchema.Name.STACKGEN + " {\n  " + CatalogSchema.Name.ROOT_FILE + " = " + value + "\n}\n\n";
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Block || nodes.get(i) instanceof Attribute) {
        int first = i;
        while (first > 0 && nodes.get(first - 1) instanceof Comment) {
          first--;
        }
        return edit.insertBefore(nodes.get(first), block).text();
      }
    }
    return edit.insertAt(text.length(), block).text();
  }
}
