package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Attr;
import dev.stackgen.model.StackBlock;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Include;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;

/** The printing every catalog block shares: attributes, verbatim items, dependencies, comment lines. */
final class BlockText {
  static final String INDENT = "  ";

  private BlockText() {}

  static void setting(StringBuilder out, String name, String value) {
    out.append(INDENT).append(name).append(" = ").append(value).append('\n');
  }

  static void attr(StringBuilder out, Attr a, String indent) {
    trivia(out, a.leading(), indent);
    out.append(indent).append(a.name()).append(" = ").append(a.value().text().strip())
        .append(a.trailingComment().isEmpty() ? "" : " " + a.trailingComment()).append('\n');
  }

  static void verbatim(StringBuilder out, Verbatim v, String indent) {
    trivia(out, v.leading(), indent);
    out.append(indent).append(v.text()).append('\n');
  }

  static void item(StringBuilder out, StackItem item) {
    if (item instanceof Verbatim v) {
      verbatim(out, v, INDENT);
    } else if (item instanceof Include i) {
      trivia(out, i.leading(), INDENT);
      out.append(INDENT).append(i.text()).append('\n');
    } else if (item instanceof Dependency d) {
      dependency(out, d);
    } else if (item instanceof StackBlock b) {
      trivia(out, b.leading(), INDENT);
      out.append(INDENT).append(b.text()).append('\n');
    } else {
      throw new IllegalArgumentException("a stack block does not hold " + item.getClass().getSimpleName());
    }
  }

  /** A dependency as written when it names its own config_path, else from its attributes and trivia. */
  private static void dependency(StringBuilder out, Dependency d) {
    trivia(out, d.leading(), INDENT);
    if (!d.text().isEmpty()) {
      out.append(INDENT).append(d.text()).append('\n');
      return;
    }
    out.append(INDENT).append(Name.DEPENDENCY).append(' ').append(HclEscaper.quoted(d.label())).append(" {");
    if (d.extra().isEmpty() && d.closing().isEmpty() && (d.oneLine() || d.openComment().isEmpty())) {
      out.append('}').append(d.openComment().isEmpty() ? "" : " " + d.openComment()).append('\n');
      return;
    }
    out.append(d.openComment().isEmpty() ? "" : " " + d.openComment()).append('\n');
    for (Attr a : d.extra()) {
      attr(out, a, INDENT + INDENT);
    }
    trivia(out, d.closing(), INDENT + INDENT);
    out.append(INDENT).append("}\n");
  }

  /** Comment and blank lines; a block comment's later lines keep the indentation they were written with. */
  static void trivia(StringBuilder out, Trivia trivia, String indent) {
    boolean inBlockComment = false;
    for (String line : trivia.lines()) {
      out.append(line.isEmpty() || inBlockComment ? line : indent + line).append('\n');
      if (!inBlockComment && line.startsWith("/*")) {
        inBlockComment = !line.contains("*/");
      } else if (inBlockComment && line.contains("*/")) {
        inBlockComment = false;
      }
    }
  }
}
