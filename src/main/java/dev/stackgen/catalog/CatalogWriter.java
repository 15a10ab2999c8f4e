package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Include;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;

/**
 * Prints model values as catalog text, the readers' inverse: what {@link StackReader} reads from a
 * {@code stack} block, this writes back, keeping the trivia the model carries (the header comments,
 * the comments and blank lines above each item, the lines before the closing brace).
 *
 * <p>So far the stack block without a module, postfix overlays or file blocks ({@link #canWrite}). The
 * model does not carry where {@code tier}, {@code state}, {@code use_defaults} and {@code layout} were
 * written, the comments on and above them, a setting written at its default ({@code state = "pg"}), nor
 * a block written on one line ({@code stack "x" { tier = "aux" }}): the settings are written first, in
 * that order, defaults left out, the block over several lines. Import does not use this yet (it
 * writes its own text).
 */
final class CatalogWriter {
  private static final String INDENT = "  ";

  private CatalogWriter() {}

  /** Whether {@link #stack} can write {@code s}: no module call, no postfix overlay, no file block. */
  static boolean canWrite(Stack s) {
    return s.module().isEmpty() && s.overlays().isEmpty() && s.files().isEmpty();
  }

  /** The stack's block with its header comments, each line ending in a line break. */
  static String stack(Stack s) {
    if (!canWrite(s)) {
      throw new IllegalArgumentException("stack " + s.name() + " has a module, overlay or file block, which"
          + " CatalogWriter does not write yet");
    }
    StringBuilder out = new StringBuilder();
    trivia(out, s.header(), "");
    out.append(Name.STACK).append(' ').append(HclEscaper.quoted(s.name())).append(" {\n");
    setting(out, Name.TIER, HclEscaper.quoted(s.tier()));
    if (s.state() != State.PG) {
      setting(out, Name.STATE, HclEscaper.quoted(s.state().keyword()));
    }
    if (!s.useDefaults()) {
      setting(out, Name.USE_DEFAULTS, "false");
    }
    if (s.exact()) {
      setting(out, Name.LAYOUT, HclEscaper.quoted("exact"));
    }
    for (StackItem item : s.items()) {
      item(out, item);
    }
    trivia(out, s.footer(), INDENT);
    return HclFormatter.format(out.append("}\n").toString()); // aligns the = of neighbouring attributes
  }

  private static void setting(StringBuilder out, String name, String value) {
    out.append(INDENT).append(name).append(" = ").append(value).append('\n');
  }

  private static void item(StringBuilder out, StackItem item) {
    if (item instanceof Verbatim v) {
      trivia(out, v.leading(), INDENT);
      out.append(INDENT).append(v.text()).append('\n');
    } else if (item instanceof Include i) {
      trivia(out, i.leading(), INDENT);
      out.append(INDENT).append(i.text()).append('\n');
    } else if (item instanceof Dependency d) {
      dependency(out, d);
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
    if (d.extra().isEmpty() && d.closing().isEmpty()) {
      out.append('}').append(d.openComment().isEmpty() ? "" : " " + d.openComment()).append('\n');
      return;
    }
    out.append(d.openComment().isEmpty() ? "" : " " + d.openComment()).append('\n');
    for (Attr a : d.extra()) {
      trivia(out, a.leading(), INDENT + INDENT);
      out.append(INDENT + INDENT).append(a.name()).append(" = ").append(a.value().text().strip())
          .append(a.trailingComment().isEmpty() ? "" : " " + a.trailingComment()).append('\n');
    }
    trivia(out, d.closing(), INDENT + INDENT);
    out.append(INDENT).append("}\n");
  }

  /** Comment and blank lines; a block comment's later lines keep the indentation they were written with. */
  private static void trivia(StringBuilder out, Trivia trivia, String indent) {
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
