package dev.stackgen.catalog;

import static dev.stackgen.catalog.BlockText.INDENT;
import static dev.stackgen.catalog.BlockText.attr;
import static dev.stackgen.catalog.BlockText.trivia;
import static dev.stackgen.catalog.BlockText.verbatim;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleLayout;
import dev.stackgen.model.ModuleSyntax;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import dev.stackgen.model.Verbatim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prints a stack's {@code module} block from the call it states ({@link ModuleSyntax#explicit}: variables,
 * vault sources, locals blocks, blocks copied as written, arguments) in the order written, with its
 * {@code derive}, {@code layout} and {@code elsewhere} blocks as written; or, for a call with no such record
 * (built in Java, or changed since it was read), in the canonical form ({@link #canonical}). Part of
 * {@link CatalogWriter}.
 */
final class ModuleWriter {
  private ModuleWriter() {}

  /** The block at {@code indent} (the stack body's), without the lines above it. */
  static void write(StringBuilder out, ModuleSyntax syntax, String indent) {
    ModuleCall call = syntax.explicit();
    String in = indent + INDENT;
    out.append(indent).append(Name.MODULE).append(' ').append(HclEscaper.quoted(call.name())).append(" {")
        .append(call.openComment().isEmpty() ? "" : " " + call.openComment()).append('\n');
    int variable = 0;
    int vault = 0;
    int locals = 0;
    int local = 0;
    int extra = 0;
    int argument = 0;
    int meta = 0;
    for (ModuleSyntax.Part part : syntax.order()) {
      switch (part) {
        case VARIABLE -> variable(out, call.variables().get(variable++), in);
        case VAULT -> vault(out, call.vaultSources().get(vault++), in);
        case LOCALS -> {
          ModuleLayout.LocalsBlock block = call.layout().localsBlocks().get(locals++);
          trivia(out, block.leading(), in);
          out.append(in).append(Name.LOCALS).append(" {").append(comment(block.openComment())).append('\n');
          for (int k = 0; k < block.size(); k++) {
            attr(out, call.locals().get(local++), in + INDENT);
          }
          trivia(out, block.closing(), in + INDENT);
          out.append(in).append('}').append(comment(block.trailingComment())).append('\n');
        }
        case EXTRA -> verbatim(out, call.extras().get(extra++), in);
        case ARGUMENT -> {
          Attr a = call.arguments().get(argument);
          attr(out, argument++ == 0 ? new Attr(a.name(), a.value(), syntax.firstArgumentLeading(),
              a.trailingComment(), a.source()) : a, in);
        }
        case META -> verbatim(out, syntax.meta().get(meta++), in);
        case AFTER_OPEN -> {
          trivia(out, syntax.afterLeading(), in);
          out.append(in).append(Name.AFTER_MODULE).append(" {\n");
          in = in + INDENT;
        }
        case AFTER_CLOSE -> {
          trivia(out, syntax.afterTrailing(), in);
          in = in.substring(INDENT.length());
          out.append(in).append("}\n");
        }
        default -> throw new IllegalStateException(part.toString());
      }
    }
    trivia(out, syntax.closing(), in);
    out.append(indent).append('}').append(comment(call.layout().callTrailingComment())).append('\n');
  }

  /**
   * The call in the canonical form: every part stated (derived variables, vault sources, {@code source} and
   * {@code tier} included, a vault source's mount and name, each {@code locals} block), main.tf's blocks in
   * the order they are rendered (those after the call in {@code after_module}), the arguments after the
   * blocks before the call, then {@code derive} (a {@code source} or {@code tier} the call leaves out),
   * {@code layout} (what differs from the default) and {@code elsewhere} (what the call uses but does not
   * declare). It reads back to {@link #stated}{@code (call)}, source positions aside.
   */
  static void canonical(StringBuilder out, ModuleCall given, String indent) {
    ModuleCall call = stated(given);
    ModuleLayout layout = call.layout();
    String in = indent + INDENT;
    out.append(indent).append(Name.MODULE).append(' ').append(HclEscaper.quoted(call.name())).append(" {")
        .append(comment(call.openComment())).append('\n');
    Map<String, ArrayDeque<Runnable>> byKey = new LinkedHashMap<>();
    String[] at = {in};
    for (Variable v : call.variables()) {
      byKey.computeIfAbsent(ModuleLayout.key(v), k -> new ArrayDeque<>()).add(() -> variable(out, v, at[0]));
    }
    for (VaultSource v : call.vaultSources()) {
      byKey.computeIfAbsent(ModuleLayout.key(v), k -> new ArrayDeque<>()).add(() -> vault(out, v, at[0]));
    }
    int local = 0;
    for (ModuleLayout.LocalsBlock block : layout.localsBlocks()) {
      List<Attr> attrs = call.locals().subList(local, local + block.size());
      local += block.size();
      byKey.computeIfAbsent(Name.LOCALS, k -> new ArrayDeque<>()).add(() -> locals(out, block, attrs, at[0]));
    }
    for (Verbatim v : call.extras()) {
      byKey.computeIfAbsent(v.key(), k -> new ArrayDeque<>()).add(() -> verbatim(out, v, at[0]));
    }
    int callAt = layout.order().indexOf(ModuleLayout.CALL);
    for (String key : layout.order().subList(0, callAt)) {
      byKey.get(key).poll().run();
    }
    meta(out, call, in);
    for (int i = 0; i < call.arguments().size(); i++) {
      attr(out, call.arguments().get(i), in);
    }
    List<String> after = layout.order().subList(callAt + 1, layout.order().size());
    if (after.isEmpty()) {
      trivia(out, call.closing(), in);
    } else {
      trivia(out, call.arguments().isEmpty() ? Trivia.NONE : call.closing(), in);
      out.append(in).append(Name.AFTER_MODULE).append(" {\n");
      at[0] = in + INDENT;
      for (String key : after) {
        byKey.get(key).poll().run();
      }
      out.append(in).append("}\n");
      if (call.arguments().isEmpty()) {
        trivia(out, call.closing(), in);
      }
    }
    out.append(indent).append('}').append(comment(layout.callTrailingComment())).append('\n');
  }

  /** The {@code derive}, {@code layout} and {@code elsewhere} blocks the canonical form of {@code call} needs. */
  private static void meta(StringBuilder out, ModuleCall call, String in) {
    String inner = in + INDENT;
    boolean source = call.arguments().stream().noneMatch(a -> a.name().equals(Name.SOURCE));
    boolean tier = call.arguments().stream().noneMatch(a -> a.name().equals(Name.TIER));
    if (source || tier) {
      out.append(in).append(Name.DERIVE).append(" {\n");
      if (source) {
        out.append(inner).append(Name.SOURCE).append(" = false\n");
      }
      if (tier) {
        out.append(inner).append(Name.TIER).append(" = false\n");
      }
      out.append(in).append("}\n");
    }
    ModuleLayout layout = call.layout();
    StringBuilder settings = new StringBuilder();
    if (layout.blankLinesAsWritten()) {
      settings.append(inner).append(Name.BLANK_LINES).append(" = ").append(HclEscaper.quoted("as_written"))
          .append('\n');
    }
    if (layout.beforeCall() != null) {
      settings.append(inner).append(Name.BEFORE_MODULE).append(" = ").append(list(layout.beforeCall().lines()))
          .append('\n');
    }
    if (!layout.footer().isEmpty()) {
      settings.append(inner).append(Name.FOOTER).append(" = ").append(list(layout.footer().lines())).append('\n');
    }
    if (layout.oneLineCall()) {
      settings.append(inner).append(Name.ONE_LINE_CALL).append(" = true\n");
    }
    if (!settings.isEmpty()) {
      out.append(in).append(Name.LAYOUT).append(" {\n").append(settings).append(in).append("}\n");
    }
    Declarations undeclared = call.undeclared();
    List<String> locals = undeclared.locals().stream().filter(l -> !ModuleReader.PROVIDED_LOCALS.contains(l))
        .toList();
    if (!undeclared.variables().isEmpty() || !locals.isEmpty() || !undeclared.vault().isEmpty()) {
      out.append(in).append(Name.ELSEWHERE).append(" {\n");
      if (!undeclared.variables().isEmpty()) {
        out.append(inner).append(Name.VARIABLES).append(" = ").append(list(undeclared.variables())).append('\n');
      }
      if (!locals.isEmpty()) {
        out.append(inner).append(Name.LOCALS).append(" = ").append(list(locals)).append('\n');
      }
      if (!undeclared.vault().isEmpty()) {
        out.append(inner).append(Name.VAULT).append(" = ").append(list(undeclared.vault())).append('\n');
      }
      out.append(in).append("}\n");
    }
  }

  /** A list of strings, sorted unless given as a list (lines keep their order). */
  private static String list(java.util.Collection<String> items) {
    List<String> ordered = items instanceof List<String> l ? l : List.copyOf(new TreeSet<>(items));
    StringBuilder out = new StringBuilder("[");
    for (String item : ordered) {
      out.append(out.length() > 1 ? ", " : "").append(HclEscaper.quoted(item));
    }
    return out.append(']').toString();
  }

  private static void locals(StringBuilder out, ModuleLayout.LocalsBlock block, List<Attr> attrs, String in) {
    trivia(out, block.leading(), in);
    out.append(in).append(Name.LOCALS).append(" {").append(comment(block.openComment())).append('\n');
    for (Attr a : attrs) {
      attr(out, a, in + INDENT);
    }
    trivia(out, block.closing(), in + INDENT);
    out.append(in).append('}').append(comment(block.trailingComment())).append('\n');
  }

  /**
   * {@code call} with everything its canonical form states written into the value, as the catalog reader
   * reads it back: the blocks of main.tf in the order they are rendered (those the layout does not name
   * first), each {@code locals} block with the locals it renders, a vault source's attributes in the order
   * rendered, the lines above the first argument from its first comment on, and, with blocks after the
   * call, the lines before the call's closing brace from the first comment to the last. What main.tf
   * renders is the same, but for those lines above the first argument and before the closing brace.
   */
  static ModuleCall stated(ModuleCall call) {
    ModuleLayout layout = call.layout();
    List<ModuleLayout.LocalsBlock> blocks = new ArrayList<>();
    if (layout.localsBlocks().isEmpty()) {
      if (!call.locals().isEmpty()) {
        blocks.add(new ModuleLayout.LocalsBlock(call.localsLeading(), "", call.locals().size(), Trivia.NONE, ""));
      }
    } else {
      int at = 0;
      for (int i = 0; i < layout.localsBlocks().size(); i++) {
        ModuleLayout.LocalsBlock b = layout.localsBlocks().get(i);
        int end = i == layout.localsBlocks().size() - 1 ? call.locals().size() : Math.min(call.locals().size(), at
            + b.size());
        blocks.add(new ModuleLayout.LocalsBlock(b.leading(), b.openComment(), end - at, b.closing(), b
            .trailingComment()));
        at = end;
      }
    }
    // the keys in the order Renderer#inOrder places the blocks: typed ones the order does not name first
    Map<String, Integer> typed = new LinkedHashMap<>();
    call.variables().forEach(v -> typed.merge(ModuleLayout.key(v), 1, Integer::sum));
    call.vaultSources().forEach(v -> typed.merge(ModuleLayout.key(v), 1, Integer::sum));
    if (!blocks.isEmpty()) {
      typed.put(Name.LOCALS, blocks.size());
    }
    Map<String, Integer> copied = new LinkedHashMap<>();
    call.extras().forEach(v -> copied.merge(v.key(), 1, Integer::sum));
    List<String> order = new ArrayList<>();
    for (String key : List.copyOf(typed.keySet())) {
      if (!layout.order().contains(key)) {
        order.addAll(java.util.Collections.nCopies(typed.remove(key), key));
      }
    }
    for (String key : layout.order()) {
      Map<String, Integer> left = typed.containsKey(key) ? typed : copied;
      if (key.equals(ModuleLayout.CALL)) {
        order.add(key);
      } else if (left.getOrDefault(key, 0) > 0) {
        order.add(key);
        left.merge(key, -1, Integer::sum);
      }
    }
    List<String> typedLeft = new ArrayList<>();
    typed.forEach((k, n) -> typedLeft.addAll(java.util.Collections.nCopies(n, k)));
    int callAt = order.indexOf(ModuleLayout.CALL);
    if (callAt < 0) {
      order.addAll(typedLeft);
      order.add(ModuleLayout.CALL);
    } else {
      order.addAll(callAt, typedLeft);
    }
    copied.forEach((k, n) -> order.addAll(java.util.Collections.nCopies(n, k)));

    // the parts in that order, as they are read back
    List<Variable> variables = new ArrayList<>();
    List<VaultSource> givenVaults = new ArrayList<>();
    List<Verbatim> extras = new ArrayList<>();
    Map<String, ArrayDeque<Verbatim>> extrasByKey = new LinkedHashMap<>();
    call.extras().forEach(v -> extrasByKey.computeIfAbsent(v.key(), k -> new ArrayDeque<>()).add(v));
    for (String key : order) {
      call.variables().stream().filter(v -> ModuleLayout.key(v).equals(key)).forEach(variables::add);
      call.vaultSources().stream().filter(v -> ModuleLayout.key(v).equals(key)).forEach(givenVaults::add);
      ArrayDeque<Verbatim> same = extrasByKey.get(key);
      if (same != null && !same.isEmpty()) {
        extras.add(same.poll());
      }
    }
    List<VaultSource> vaults = new ArrayList<>();
    for (VaultSource v : givenVaults) {
      vaults.add(new VaultSource(v.label(), v.mount(), v.path(), v.extra(), v.leading(), v.openComment(), v.source(),
          v.attributes().stream().map(Attr::name).toList(), v.closing(), v.trailingComment()));
    }
    List<Attr> arguments = new ArrayList<>(call.arguments());
    if (!arguments.isEmpty()) {
      Attr first = arguments.get(0);
      arguments.set(0, new Attr(first.name(), first.value(), new Trivia(first.leading().fromFirstComment()), first
          .trailingComment(), first.source()));
    }
    Trivia closing = call.closing();
    if (!arguments.isEmpty() && order.indexOf(ModuleLayout.CALL) < order.size() - 1) {
      List<String> lines = new ArrayList<>(closing.fromFirstComment());
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      closing = new Trivia(lines);
    }
    ModuleLayout stated = new ModuleLayout(layout.blankLinesAsWritten(), layout.beforeCall(), layout
        .callTrailingComment(), layout.footer(), order, blocks, layout.oneLineCall());
    return new ModuleCall(call.name(), call.header(), variables, vaults, blocks.isEmpty() ? Trivia.NONE
        : blocks.get(0).leading(), call.locals(), call.openComment(), arguments, closing, call.source(), stated,
        extras);
  }

  private static String comment(String c) {
    return c.isEmpty() ? "" : " " + c;
  }

  private static void variable(StringBuilder out, Variable v, String indent) {
    trivia(out, v.leading(), indent);
    out.append(indent).append(Name.VARIABLE).append(' ').append(HclEscaper.quoted(v.name())).append(" {");
    if (v.oneLine()) {
      for (Attr a : v.attributes()) {
        out.append(' ').append(a.name()).append(" = ").append(a.value().text().strip());
      }
      out.append(v.attributes().isEmpty() ? "}" : " }").append(comment(v.trailingComment())).append('\n');
      return;
    }
    out.append(comment(v.openComment())).append('\n');
    for (Attr a : v.attributes()) {
      attr(out, a, indent + INDENT);
    }
    for (Verbatim b : v.blocks()) {
      verbatim(out, b, indent + INDENT);
    }
    trivia(out, v.closing(), indent + INDENT);
    out.append(indent).append('}').append(comment(v.trailingComment())).append('\n');
  }

  private static void vault(StringBuilder out, VaultSource v, String indent) {
    trivia(out, v.leading(), indent);
    out.append(indent).append(Name.VAULT).append(' ').append(HclEscaper.quoted(v.label())).append(" {")
        .append(comment(v.openComment())).append('\n');
    List<Attr> extra = new ArrayList<>(v.extra());
    for (String name : v.order()) {
      if (name.equals(Name.MOUNT)) {
        attr(out, v.mount(), indent + INDENT);
      } else if (name.equals(Name.NAME)) {
        attr(out, v.path(), indent + INDENT);
      } else {
        attr(out, extra.remove(0), indent + INDENT);
      }
    }
    trivia(out, v.closing(), indent + INDENT);
    out.append(indent).append('}').append(comment(v.trailingComment())).append('\n');
  }
}
