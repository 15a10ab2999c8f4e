package dev.stackgen.importer;

import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.render.Renderer;

/** Small text helpers shared by the file readers of import. */
final class ImportText {
  private ImportText() {}

  static String quoted(String s) {
    return HclEscaper.quoted(s);
  }

  static String ensureNewline(String s) {
    return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
  }

  static boolean startsWithHeader(String text) {
    return text.equals(Renderer.HEADER) || text.startsWith(Renderer.HEADER + "\n")
        || text.startsWith(Renderer.HEADER + "\r\n");
  }

  /** The text without the header line and the one blank line after it. */
  static String stripHeader(String text) {
    String rest = text.substring(Math.min(text.length(), Renderer.HEADER.length()));
    rest = rest.startsWith("\r\n") ? rest.substring(2) : rest.startsWith("\n") ? rest.substring(1) : rest;
    return rest.startsWith("\r\n") ? rest.substring(2) : rest.startsWith("\n") ? rest.substring(1) : rest;
  }

  /** The text of a file body (all top-level nodes) for embedding in a catalog block. */
  static String body(String text, String fileName) throws HclSyntaxException {
    HclFile file = HclParser.parse(text, fileName);
    StringBuilder b = new StringBuilder();
    for (Node n : file.body().nodes()) {
      b.append(n.print());
    }
    return b.toString();
  }

  /** How many blank lines ({@code \n}) the text starts with (all of it, for a file of blank lines). */
  static int leadingBlankLineCount(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == '\n') {
      n++;
    }
    return n;
  }
}
