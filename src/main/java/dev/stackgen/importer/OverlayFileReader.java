package dev.stackgen.importer;

import static dev.stackgen.importer.ImportText.ensureNewline;
import static dev.stackgen.importer.ImportText.quoted;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.postfix.MainCf;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other {@code .tf} files of a stack holding a Postfix main.cf heredoc (inverse of the overlay file
 * view): a {@code file "<path>"} block whose main.cf variables are {@code postfix_overlay} blocks and
 * whose other items are copied verbatim.
 */
final class OverlayFileReader {
  private final StackProbe probe;

  OverlayFileReader(StackProbe probe) {
    this.probe = probe;
  }

  /** Names of the top-level variables whose default is a heredoc holding a Postfix main.cf. */
  static List<String> mainCfVariables(String path, String text) {
    List<String> names = new ArrayList<>();
    HclFile file;
    try {
      file = HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return names;
    }
    for (Node n : file.body().nodes()) {
      String mainCf = mainCfDefault(n);
      if (mainCf != null) {
        names.add(((Block) n).labels().get(0).value());
      }
    }
    return names;
  }

  /**
   * The {@code file} block that renders the file exactly, or null.
   *
   * @param text the file as the catalog holds it (header line removed when the catalog writes it)
   */
  String fileBlock(String name, String tier, String inStack, String text, String path, String original) {
    String block = fileBlock(inStack, text);
    return block != null && probe.renders(name, tier, block, path, HclFormatter.format(original, path)) ? block : null;
  }

  /** The decoded heredoc default of a {@code variable} block when it parses as main.cf, else null. */
  private static String mainCfDefault(Node n) {
    if (!(n instanceof Block b) || !b.type().equals("variable") || b.labels().size() != 1) {
      return null;
    }
    for (Node m : b.body().nodes()) {
      if (m instanceof Attribute a && a.name().equals("default") && Expressions.isHeredocLiteral(a.expression())) {
        try {
          String value = Expressions.decodeString(a.expression());
          MainCf cf = MainCf.parse("main.cf", value);
          return cf.malformed().isEmpty() && !cf.definitions().isEmpty() ? value : null;
        } catch (HclSyntaxException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * {@code file "<path>" { ... }} for a .tf file: main.cf variables become postfix_overlay blocks,
   * everything else is copied; null when an overlay variable holds more than type and default.
   */
  private static String fileBlock(String inStack, String text) {
    HclFile file;
    try {
      file = HclParser.parse(text, inStack);
    } catch (HclSyntaxException e) {
      return null;
    }
    StringBuilder out = new StringBuilder("file ").append(quoted(inStack)).append(" {\n");
    for (Node n : file.body().nodes()) {
      String mainCf = mainCfDefault(n);
      if (mainCf == null) {
        out.append(n.print());
        continue;
      }
      Block b = (Block) n;
      List<Node> body = b.body().nodes();
      if (body.size() != 2 || !(body.get(0) instanceof Attribute type) || !type.name().equals("type")
          || !type.expression().text().strip().equals("string") || type.trailingComment().isPresent()
          || !(body.get(1) instanceof Attribute def) || def.trailingComment().isPresent()
          || b.openComment().isPresent() || b.trailingComment().isPresent()) {
        return null;
      }
      String raw = def.expression().text();
      int indent = 0;
      if (raw.startsWith("<<-")) {
        indent = Integer.MAX_VALUE;
        List<String> lines = raw.lines().toList();
        for (String line : lines.subList(1, lines.size() - 1)) {
          if (!line.isBlank()) {
            indent = Math.min(indent, line.length() - line.stripLeading().length());
          }
        }
        if (indent == Integer.MAX_VALUE) {
          return null;
        }
      }
      String entries = overlayEntries(mainCf);
      if (entries == null) {
        return null;
      }
      out.append("postfix_overlay ").append(quoted(b.labels().get(0).value())).append(" {\n")
          .append("profile = ").append(quoted(PostfixOverlay.DEFAULT_PROFILE)).append('\n');
      if (indent > 0) {
        out.append("heredoc_indent = ").append(indent).append('\n');
      }
      out.append('\n').append(entries).append("}\n");
    }
    return ensureNewline(out.toString()) + "}\n";
  }

  /** main.cf lines as catalog lines: comments, blank lines, name = "value" (heredoc when multi-line). */
  private static String overlayEntries(String mainCf) {
    List<String[]> params = new ArrayList<>();
    List<String> out = new ArrayList<>();
    String[] current = null;
    for (String line : mainCf.lines().toList()) {
      if (line.isBlank()) {
        out.add("");
        current = null;
      } else if (line.stripLeading().startsWith("#")) {
        out.add(line.strip());
        current = null;
      } else if (Character.isWhitespace(line.charAt(0))) {
        if (current == null) {
          return null;
        }
        current[1] = current[1] + "\n" + line;
      } else {
        Matcher m = Pattern.compile("([A-Za-z0-9_]+) =(?: (.*))?").matcher(line);
        if (!m.matches()) {
          return null;
        }
        current = new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)};
        params.add(current);
        out.add("\u0000" + (params.size() - 1));
      }
    }
    StringBuilder b = new StringBuilder();
    for (String line : out) {
      if (line.startsWith("\u0000")) {
        String[] p = params.get(Integer.parseInt(line.substring(1)));
        b.append(p[0]).append(" = ");
        if (p[1].indexOf('\n') < 0) {
          b.append(quoted(p[1]));
        } else {
          String body = HclEscaper.heredocBody(p[1]);
          String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
          b.append("<<").append(delimiter).append('\n').append(body).append(delimiter);
        }
      } else {
        b.append(line);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
