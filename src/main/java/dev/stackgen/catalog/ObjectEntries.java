package dev.stackgen.catalog;

import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an object constructor {@code { key = value, ... }} into its entries, keeping the comment
 * and blank lines above each entry and a comment after it, so typed maps keep their comments.
 */
final class ObjectEntries {
  private ObjectEntries() {}

  /** One entry: key (identifier or decoded quoted string), exact value text, trivia. */
  record Entry(String key, String value, Trivia leading, String trailingComment, SourceRef source) {}

  /** The entries and the comment lines after the last one, before the closing brace. */
  record Parsed(List<Entry> entries, Trivia closing) {}

  static Parsed parse(HclFile file, Expression expr) throws CatalogException {
    List<Token> tokens = expr.tokens();
    SourceRef at = tokens.isEmpty()
        ? new SourceRef(file.fileName(), 1, 1)
        : new SourceRef(file.fileName(), tokens.get(0).line(), tokens.get(0).column());
    if (tokens.size() < 2 || tokens.get(0).type() != TokenType.OBRACE
        || tokens.get(tokens.size() - 1).type() != TokenType.CBRACE) {
      throw new CatalogException(at, "expected an object { key = value, ... }");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    boolean lineHasContent = true; // the opening brace's line
    for (int i = 1; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      TokenType type = t.type();
      if (depth == 0 && (type == TokenType.NEWLINE || type == TokenType.COMMENT || type == TokenType.COMMA)) {
        if (type == TokenType.COMMENT && !current.isEmpty()) {
          entries.add(entry(file, current, pending, strip(t.text())));
          pending = new ArrayList<>();
          current.clear();
          lineHasContent = !t.text().endsWith("\n");
          continue;
        }
        if (!current.isEmpty()) {
          entries.add(entry(file, current, pending, ""));
          pending = new ArrayList<>();
          current.clear();
        } else if (type == TokenType.COMMENT) {
          pending.addAll(CatalogReader.commentLines(strip(t.text())));
        } else if (type == TokenType.NEWLINE && !lineHasContent) {
          pending.add("");
        }
        lineHasContent = type == TokenType.COMMA || (type == TokenType.COMMENT && !t.text().endsWith("\n"));
        continue;
      }
      switch (type) {
        case OBRACE, OBRACK, OPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL, OQUOTE, OHEREDOC -> depth++;
        case CBRACE, CBRACK, CPAREN, TEMPLATE_SEQ_END, CQUOTE, CHEREDOC -> depth--;
        default -> {}
      }
      current.add(t);
      lineHasContent = true;
    }
    if (!current.isEmpty()) {
      entries.add(entry(file, current, pending, ""));
      pending = new ArrayList<>();
    }
    while (!pending.isEmpty() && pending.get(pending.size() - 1).isEmpty()) {
      pending.remove(pending.size() - 1);
    }
    return new Parsed(entries, new Trivia(pending));
  }

  private static String strip(String comment) {
    String s = comment;
    while (s.endsWith("\n") || s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static Entry entry(HclFile file, List<Token> tokens, List<String> pending, String trailing)
      throws CatalogException {
    Token first = tokens.get(0);
    SourceRef at = new SourceRef(file.fileName(), first.line(), first.column());
    int eq = -1;
    for (int i = 0; i < tokens.size(); i++) {
      TokenType type = tokens.get(i).type();
      if (type == TokenType.EQUAL || type == TokenType.COLON) {
        eq = i;
        break;
      }
    }
    if (eq < 1 || eq == tokens.size() - 1) {
      throw new CatalogException(at, "expected key = value in object");
    }
    String key;
    if (eq == 1 && first.type() == TokenType.IDENT) {
      key = first.text();
    } else if (eq == 3 && first.type() == TokenType.OQUOTE && tokens.get(1).type() == TokenType.QUOTED_LIT
        && !tokens.get(1).text().contains("\\") && !tokens.get(1).text().contains("${")) {
      key = tokens.get(1).text();
    } else {
      throw new CatalogException(at, "object key must be a name or a plain quoted string");
    }
    Token valueStart = tokens.get(eq + 1);
    Token last = tokens.get(tokens.size() - 1);
    String value = strip(file.source().substring(valueStart.offset(), last.offset() + last.text().length()));
    return new Entry(key, value, new Trivia(pending), trailing, at);
  }
}
