package dev.stackgen.catalog;

import static dev.stackgen.catalog.BlockText.INDENT;
import static dev.stackgen.catalog.BlockText.attr;
import static dev.stackgen.catalog.BlockText.item;
import static dev.stackgen.catalog.BlockText.setting;
import static dev.stackgen.catalog.BlockText.trivia;
import static dev.stackgen.catalog.BlockText.verbatim;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Expr;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.StackSyntax;
import dev.stackgen.model.State;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@code stack} block from its model value: the settings, items, module call, overlays and file
 * blocks in the order written ({@link StackSyntax}) while that record fits the stack, else settings first
 * and defaults left out, then items, overlays and file blocks. Overlays and file blocks are written from
 * the model ({@link OverlayWriter}), the module block from how it was written while the call is as read.
 * Part of {@link CatalogWriter}.
 */
final class StackWriter {
  private StackWriter() {}

  /** The stack's block with its header comments, each line ending in a line break. */
  static String stack(Stack s) {
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
      s.module().ifPresent(m -> module(out, m));
      looseOverlays(s).forEach(o -> OverlayWriter.overlay(out, o, null, false, INDENT));
      s.files().forEach(f -> OverlayWriter.file(out, f, null, INDENT, true));
      return;
    }
    int setting = 0;
    int item = 0;
    int block = 0;
    int overlay = 0;
    int file = 0;
    List<PostfixOverlay> loose = looseOverlays(s);
    for (StackSyntax.Part part : syntax.order()) {
      switch (part) {
        case SETTING -> attr(out, syntax.settings().get(setting++), INDENT);
        case ITEM -> item(out, s.items().get(item++));
        case MODULE -> {
          Verbatim written = syntax.blocks().get(block++);
          if (!s.module().equals(syntax.asRead().module())) {
            module(out, s.module().orElseThrow());
          } else if (syntax.asRead().moduleSyntax().isPresent()) {
            trivia(out, written.leading(), INDENT);
            ModuleWriter.write(out, syntax.asRead().moduleSyntax().get(), INDENT);
          } else {
            verbatim(out, written, INDENT);
          }
        }
        case OVERLAY -> {
          PostfixOverlay o = loose.get(overlay++);
          OverlayWriter.overlay(out, o, syntax.overlay(o.file(), o.variable()), false, INDENT);
        }
        case FILE -> {
          StackFile f = s.files().get(file++);
          OverlayWriter.file(out, f, syntax.file(f.path()), INDENT, true);
        }
        default -> throw new IllegalStateException(part.toString());
      }
    }
  }

  /** A module call in the canonical form, under its header comments. */
  private static void module(StringBuilder out, ModuleCall call) {
    trivia(out, call.header(), INDENT);
    ModuleWriter.canonical(out, call, INDENT);
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

}
