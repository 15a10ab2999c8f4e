package dev.stackgen.importer;

import dev.stackgen.hcl.HclLexer;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import java.util.List;

/**
 * Finds {@code local.tiers.<key>} (or {@code local.tiers["<key>"]}) in code, not in comments: how a
 * stack's files state its tier.
 */
final class TierReferences {
  private TierReferences() {}

  /** The first key among {@code tiers} referenced in {@code text}, or null. */
  static String first(String text, List<String> tiers) {
    if (!text.contains("tiers")) {
      return null;
    }
    List<Token> t = HclLexer.scan(text);
    for (int i = 0; i + 4 < t.size(); i++) {
      if (!is(t.get(i), TokenType.IDENT, "local") || t.get(i + 1).type() != TokenType.DOT
          || !is(t.get(i + 2), TokenType.IDENT, "tiers")) {
        continue;
      }
      String key = null;
      if (t.get(i + 3).type() == TokenType.DOT && t.get(i + 4).type() == TokenType.IDENT) {
        key = t.get(i + 4).text();
      } else if (t.get(i + 3).type() == TokenType.OBRACK && i + 6 < t.size()
          && t.get(i + 4).type() == TokenType.OQUOTE && t.get(i + 5).type() == TokenType.QUOTED_LIT
          && t.get(i + 6).type() == TokenType.CQUOTE) {
        key = t.get(i + 5).text();
      }
      if (key != null && tiers.contains(key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean is(Token t, TokenType type, String text) {
    return t.type() == type && t.text().equals(text);
  }
}
