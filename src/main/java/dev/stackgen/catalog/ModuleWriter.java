package dev.stackgen.catalog;

import static dev.stackgen.catalog.BlockText.INDENT;
import static dev.stackgen.catalog.BlockText.attr;
import static dev.stackgen.catalog.BlockText.trivia;
import static dev.stackgen.catalog.BlockText.verbatim;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.Attr;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleLayout;
import dev.stackgen.model.ModuleSyntax;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a stack's {@code module} block from the call it states ({@link ModuleSyntax#explicit}: variables,
 * vault sources, locals blocks, blocks copied as written, arguments) in the order written, with its
 * {@code derive}, {@code layout} and {@code elsewhere} blocks as written. Part of {@link CatalogWriter}.
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
