package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Include;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.StackSyntax;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;

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
    StackSyntax syntax = asWritten(s) ? s.syntax() : StackSyntax.NONE;
    out.append(Name.STACK).append(' ').append(HclEscaper.quoted(s.name())).append(" {");
    if (syntax.oneLine() && s.footer().isEmpty() && syntax.order().size() == 1) {
      StringBuilder inner = new StringBuilder();
      body(inner, s, syntax);
      out.append(' ').append(inner.toString().strip()).append(" }");
    } else {
      out.append(syntax.openComment().isEmpty() ? "" : " " + syntax.openComment()).append('\n');
      body(out, s, syntax);
      trivia(out, s.footer(), INDENT);
      out.append('}');
    }
    out.append(syntax.trailingComment().isEmpty() ? "" : " " + syntax.trailingComment()).append('\n');
    return HclFormatter.format(out.toString()); // aligns the = of neighbouring attributes
  }

  /** The items of a stack block: in the order written when the model knows it, else settings first. */
  private static void body(StringBuilder out, Stack s, StackSyntax syntax) {
    if (syntax.order().isEmpty()) {
      for (Attr a : settings(s)) {
        attr(out, a, INDENT);
      }
      for (StackItem item : s.items()) {
        item(out, item);
      }
      return;
    }
    int setting = 0;
    int item = 0;
    for (StackSyntax.Part part : syntax.order()) {
      switch (part) {
        case SETTING -> attr(out, syntax.settings().get(setting++), INDENT);
        case ITEM -> item(out, s.items().get(item++));
        default -> throw new IllegalArgumentException("stack " + s.name() + " has a " + part
            + ", which CatalogWriter does not write yet");
      }
    }
  }

  /** The settings a stack needs written, defaults left out. */
  private static List<Attr> settings(Stack s) {
    List<Attr> out = new ArrayList<>();
    out.add(Attr.of(Name.TIER, new Expr(HclEscaper.quoted(s.tier()))));
    if (s.state() != State.PG) {
      out.add(Attr.of(Name.STATE, new Expr(HclEscaper.quoted(s.state().keyword()))));
    }
    if (!s.useDefaults()) {
      out.add(Attr.of(Name.USE_DEFAULTS, new Expr("false")));
    }
    if (s.exact()) {
      out.add(Attr.of(Name.LAYOUT, new Expr(HclEscaper.quoted("exact"))));
    }
    return out;
  }

  /**
   * Whether the stack's record of how it was written still fits it: as many parts of each kind as the
   * model holds, and settings that say what the model says (else the canonical form is written).
   */
  private static boolean asWritten(Stack s) {
    StackSyntax syntax = s.syntax();
    if (syntax.order().isEmpty()) {
      return false;
    }
    long settings = syntax.order().stream().filter(p -> p == StackSyntax.Part.SETTING).count();
    long items = syntax.order().stream().filter(p -> p == StackSyntax.Part.ITEM).count();
    long modules = syntax.order().stream().filter(p -> p == StackSyntax.Part.MODULE).count();
    long overlays = syntax.order().stream().filter(p -> p == StackSyntax.Part.OVERLAY).count();
    long files = syntax.order().stream().filter(p -> p == StackSyntax.Part.FILE).count();
    if (settings != syntax.settings().size() || items != s.items().size() || modules != (s.module().isPresent() ? 1
        : 0) || overlays != looseOverlays(s).size() || files != s.files().size()) {
      return false;
    }
    String tier = null;
    State state = State.PG;
    boolean useDefaults = true;
    boolean exact = false;
    for (Attr a : syntax.settings()) {
      String v = a.value().text().strip();
      switch (a.name()) {
        case Name.TIER -> tier = v;
        case Name.STATE -> state = v.equals(HclEscaper.quoted(State.LOCAL.keyword())) ? State.LOCAL : State.PG;
        case Name.USE_DEFAULTS -> useDefaults = !v.equals("false");
        case Name.LAYOUT -> exact = v.equals(HclEscaper.quoted("exact"));
        default -> {
          return false;
        }
      }
    }
    return HclEscaper.quoted(s.tier()).equals(tier) && state == s.state() && useDefaults == s.useDefaults()
        && exact == s.exact();
  }

  /** The stack's postfix overlays outside its file blocks. */
  private static List<PostfixOverlay> looseOverlays(Stack s) {
    List<PostfixOverlay> out = new ArrayList<>();
    for (PostfixOverlay o : s.overlays()) {
      boolean inFile = s.files().stream().anyMatch(f -> f.items().stream().anyMatch(i -> i.overlay() == o));
      if (!inFile) {
        out.add(o);
      }
    }
    return out;
  }

  private static void attr(StringBuilder out, Attr a, String indent) {
    trivia(out, a.leading(), indent);
    out.append(indent).append(a.name()).append(" = ").append(a.value().text().strip())
        .append(a.trailingComment().isEmpty() ? "" : " " + a.trailingComment()).append('\n');
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
      attr(out, a, INDENT + INDENT);
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
