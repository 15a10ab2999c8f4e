package dev.stackgen.lsp;

import dev.stackgen.catalog.CatalogSchema;
import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.Schema;
import dev.stackgen.postfix.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The editor features over catalog text: completion and hover from the schema ({@link CatalogSchema})
 * and the Postfix profile, and the names a catalog defines and uses (stacks, tiers, variables) for go to
 * definition and references. Works on the files' text as the editor has it ({@link Syntax}).
 */
final class Features {
  private Features() {}

  /** A place in one catalog file: its name relative to the repository and an offset range. */
  record Spot(String file, int start, int end) {}

  /** The schema of the block whose types (outermost first) are {@code path}, or null when it has none. */
  static Schema.Block schemaOf(List<String> path) {
    Schema.Block spec = CatalogSchema.FILE;
    for (String type : path) {
      spec = spec.block(type);
      if (spec == null) {
        return null;
      }
    }
    return spec;
  }

  /** Every attribute a body takes, its pass-through's included, in schema order. */
  static Map<String, Schema.Attr> attrsOf(Schema.Block spec) {
    Map<String, Schema.Attr> out = new LinkedHashMap<>(spec.attrs());
    if (spec.passThrough() != null) {
      for (var e : spec.passThrough().attrs().entrySet()) {
        if (!spec.notPassed().contains(e.getKey())) {
          out.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    return out;
  }

  /** Every nested block a body takes, its pass-through's included. */
  static Map<String, Schema.Block> blocksOf(Schema.Block spec) {
    Map<String, Schema.Block> out = new LinkedHashMap<>(spec.blocks());
    if (spec.passThrough() != null) {
      for (var e : spec.passThrough().blocks().entrySet()) {
        if (!spec.notPassed().contains(e.getKey())) {
          out.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- completion

  static List<CompletionItem> complete(String text, int offset, Map<String, Syntax> repo) {
    Syntax.Context ctx = Syntax.contextAt(text, offset);
    List<String> path = ctx.block() == null ? List.of() : ctx.block().path();
    Schema.Block spec = schemaOf(path);
    List<CompletionItem> items = new ArrayList<>();
    switch (ctx.place()) {
      case NAME -> {
        if (spec == null) {
          break;
        }
        for (Schema.Attr a : attrsOf(spec).values()) {
          CompletionItem item = new CompletionItem(a.name());
          item.setKind(CompletionItemKind.Property);
          item.setDetail(attrDetail(a));
          item.setDocumentation(markdown(attrDoc(a, spec)));
          item.setInsertText(a.name() + " = ");
          items.add(item);
        }
        for (Schema.Block b : blocksOf(spec).values()) {
          CompletionItem item = new CompletionItem(b.name());
          item.setKind(CompletionItemKind.Module);
          item.setDetail("block" + (b.labelDoc().isEmpty() ? "" : " " + b.labelDoc()));
          item.setDocumentation(markdown(blockDoc(b)));
          items.add(item);
        }
        if (!path.isEmpty() && path.get(path.size() - 1).equals(Name.POSTFIX_OVERLAY)) {
          Profile profile = Profile.load(profileOf(text, ctx.block()));
          for (var e : profile.defaults().entrySet()) {
            if (!e.getKey().startsWith(ctx.prefix())) {
              continue;
            }
            CompletionItem item = new CompletionItem(e.getKey());
            item.setKind(CompletionItemKind.Variable);
            item.setDetail("Postfix parameter, default: " + e.getValue());
            item.setInsertText(e.getKey() + " = ");
            items.add(item);
          }
        }
      }
      case LABEL -> {
        if (Name.DEPENDENCY.equals(ctx.labelOf())) {
          String self = ctx.block() == null ? "" : ctx.block().top().label();
          for (String stack : stackNames(repo)) {
            if (!stack.equals(self)) {
              String q = ctx.quoted() ? "" : "\"";
              items.add(value(stack, q + stack + q, CompletionItemKind.Reference, "stack"));
            }
          }
        }
      }
      case VALUE -> {
        String attribute = ctx.attribute();
        if (attribute == null) {
          break;
        }
        String q = ctx.quoted() ? "" : "\"";
        if (attribute.equals(Name.TIER)) {
          for (String tier : tierNames(repo)) {
            items.add(value(tier, q + tier + q, CompletionItemKind.EnumMember, "tier"));
          }
        } else if (attribute.equals("depends_on") || attribute.equals("paths")) {
          String prefix = attribute.equals("paths") ? "../" : "";
          for (String stack : stackNames(repo)) {
            items.add(value(prefix + stack, q + prefix + stack + q, CompletionItemKind.Reference, "stack"));
          }
        } else if (spec != null && spec.attr(attribute) != null) {
          Schema.Attr a = spec.attr(attribute);
          for (String v : a.values()) {
            items.add(value(v, q + v + q, CompletionItemKind.EnumMember, a.name()));
          }
          if (a.type() == Schema.Type.BOOL && !ctx.quoted()) {
            items.add(value("true", "true", CompletionItemKind.Keyword, "bool"));
            items.add(value("false", "false", CompletionItemKind.Keyword, "bool"));
          }
        }
      }
      default -> {}
    }
    return items;
  }

  private static CompletionItem value(String label, String insert, CompletionItemKind kind, String detail) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setInsertText(insert);
    item.setDetail(detail);
    return item;
  }

  /** The {@code profile} an overlay block names, else the default one. */
  static String profileOf(String text, Syntax.BlockSpan overlay) {
    Syntax s = Syntax.of(text);
    for (Syntax.Str str : s.strings) {
      if (str.attr().name().equals(Name.PROFILE) && str.attr().block() != null
          && str.attr().block().start() == overlay.start() && Profile.KNOWN.contains(str.value())) {
        return str.value();
      }
    }
    for (Syntax.AttrSpan a : s.attrs) {
      if (a.name().equals(Name.PROFILE) && a.block() != null && a.block().start() == overlay.start()) {
        String v = text.substring(a.valueStart(), Math.max(a.valueStart(), a.valueEnd())).trim();
        if (v.length() > 2 && Profile.KNOWN.contains(v.substring(1, v.length() - 1))) {
          return v.substring(1, v.length() - 1);
        }
      }
    }
    return Profile.KNOWN.get(0);
  }

  // ---------------------------------------------------------------- hover

  /** Markdown for the name at {@code offset}, or null. */
  static String hover(String text, int offset) {
    Syntax s = Syntax.of(text);
    for (Syntax.AttrSpan a : s.attrs) {
      if (a.start() <= offset && offset <= a.end()) {
        List<String> path = a.block() == null ? List.of() : a.block().path();
        Schema.Block spec = schemaOf(path);
        if (spec != null && spec.attr(a.name()) != null) {
          return attrDoc(spec.attr(a.name()), spec);
        }
        if (!path.isEmpty() && path.get(path.size() - 1).equals(Name.POSTFIX_OVERLAY)) {
          return postfixDoc(a.name(), Profile.load(profileOf(text, a.block())));
        }
        return null;
      }
    }
    for (Syntax.BlockSpan b : s.blocks) {
      if (b.start() <= offset && offset <= b.typeEnd()) {
        Schema.Block parent = schemaOf(b.parent() == null ? List.of() : b.parent().path());
        Schema.Block spec = parent == null ? null : parent.block(b.type());
        return spec == null ? null : blockDoc(spec);
      }
    }
    return null;
  }

  /** Markdown for a stack named at {@code offset} (its label, a dependency label): its tier and dependencies. */
  static String stackHover(Syntax here, int offset, Map<String, Syntax> repo) {
    Symbol sym = symbolAt(here, offset);
    if (sym == null || sym.kind() != Symbol.Kind.STACK) {
      return null;
    }
    for (var e : repo.entrySet()) {
      for (Syntax.BlockSpan b : e.getValue().blocks) {
        if (b.parent() != null || !b.type().equals(Name.STACK) || !b.label().equals(sym.name())) {
          continue;
        }
        String tier = null;
        for (Syntax.Str str : e.getValue().strings) {
          if (str.attr().name().equals(Name.TIER) && str.attr().block() != null
              && str.attr().block().start() == b.start()) {
            tier = str.value();
          }
        }
        List<String> needs = new ArrayList<>();
        for (Syntax.BlockSpan d : e.getValue().blocks) {
          if (d.type().equals(Name.DEPENDENCY) && d.parent() != null && d.parent().start() == b.start()) {
            needs.add("`" + d.label() + "`");
          }
        }
        return "**stack \"" + sym.name() + "\"**" + (tier == null ? "" : ", tier `" + tier + "`")
            + (needs.isEmpty() ? "" : "\n\ndepends on " + String.join(", ", needs)
                + " (and what `defaults` adds)")
            + "\n\n" + e.getKey() + " line " + (Positions.position(e.getValue().text, b.start()).getLine() + 1);
      }
    }
    return "**stack \"" + sym.name() + "\"**: not in the catalog";
  }

  static String attrDetail(Schema.Attr a) {
    String type = a.values().isEmpty() ? a.type().docName()
        : String.join(" | ", a.values().stream().map(v -> "\"" + v + "\"").toList());
    return type + (a.isRequired() ? ", required" : a.defaultText().isEmpty() ? "" : ", default " + a.defaultText());
  }

  static String attrDoc(Schema.Attr a, Schema.Block in) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(a.name()).append("** (").append(attrDetail(a)).append(")");
    if (in != null && !in.path().isEmpty()) {
      b.append(" in `").append(in.path()).append("`");
    }
    b.append("\n\n").append(a.doc());
    return b.toString();
  }

  static String blockDoc(Schema.Block spec) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(spec.name()).append("**");
    if (!spec.labelDoc().isEmpty()) {
      b.append(" `").append(spec.labelDoc()).append("`");
    }
    b.append(" block");
    if (!spec.count().equals("any")) {
      b.append(" (").append(spec.count()).append(" per ").append(spec.parent() == null ? "file" : "parent")
          .append(")");
    }
    b.append("\n\n").append(spec.doc());
    return b.toString();
  }

  /** A Postfix parameter: its default in the profile's Postfix, and what docker-mailserver sets. */
  static String postfixDoc(String name, Profile profile) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(name).append("** (Postfix parameter, profile `").append(profile.name()).append("`, Postfix ")
        .append(profile.postfixVersion()).append(")\n\n");
    String def = profile.defaults().get(name);
    if (def == null) {
      b.append("Not a parameter of this Postfix version.");
      return b.toString();
    }
    b.append("Default: `").append(def.isEmpty() ? "(empty)" : def).append("`");
    String dms = mainCfValue(profile.mainCfText(), name);
    if (dms != null) {
      b.append("\n\ndocker-mailserver's main.cf sets: `").append(dms.isEmpty() ? "(empty)" : dms).append("`");
    }
    String computed = profile.computed().get(name);
    if (computed != null) {
      b.append("\n\nAt start-up docker-mailserver sets ").append(computed);
    }
    if (profile.readOnly().contains(name)) {
      b.append("\n\nRead-only: Postfix ignores a value set in main.cf.");
    }
    return b.toString();
  }

  /** The value of {@code name} in a main.cf text (continuation lines joined), or null. */
  static String mainCfValue(String mainCf, String name) {
    String value = null;
    String[] lines = mainCf.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith(name) && line.substring(name.length()).trim().startsWith("=")) {
        StringBuilder v = new StringBuilder(line.substring(line.indexOf('=') + 1).trim());
        while (i + 1 < lines.length && !lines[i + 1].isEmpty() && Character.isWhitespace(lines[i + 1].charAt(0))
            && !lines[i + 1].trim().startsWith("#")) {
          v.append(' ').append(lines[++i].trim());
        }
        value = v.toString().trim();
      }
    }
    return value;
  }

  static MarkupContent markdown(String text) {
    return new MarkupContent(MarkupKind.MARKDOWN, text);
  }

  // ---------------------------------------------------------------- names

  static List<String> stackNames(Map<String, Syntax> repo) {
    Set<String> out = new LinkedHashSet<>();
    for (Syntax s : repo.values()) {
      for (Syntax.BlockSpan b : s.blocks) {
        if (b.parent() == null && b.type().equals(Name.STACK) && !b.label().isEmpty()) {
          out.add(b.label());
        }
      }
    }
    return List.copyOf(out);
  }

  static List<String> tierNames(Map<String, Syntax> repo) {
    Set<String> out = new LinkedHashSet<>();
    for (Syntax s : repo.values()) {
      for (Syntax.Key k : s.keys) {
        if (isTierKey(k)) {
          out.add(k.name());
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isTierKey(Syntax.Key k) {
    return k.attr().name().equals(Name.TIERS) && k.attr().block() != null && k.attr().block().parent() == null
        && k.attr().block().type().equals(Name.ROOT);
  }

  /** What the name at a spot is: a stack, a tier or a variable (with the top-level block it is in). */
  record Symbol(Kind kind, String name, Syntax.BlockSpan scope) {
    /** The three kinds of name. */
    enum Kind {
      STACK, TIER, VARIABLE
    }
  }

  /** The symbol at {@code offset} of {@code file}, or null. */
  static Symbol symbolAt(Syntax s, int offset) {
    for (Syntax.BlockSpan b : s.blocks) {
      for (int k = 0; k < b.labelRanges().size(); k++) {
        int[] r = b.labelRanges().get(k);
        if (r[0] <= offset && offset <= r[1] && k == 0) {
          if (b.type().equals(Name.STACK) && b.parent() == null || b.type().equals(Name.DEPENDENCY)) {
            return new Symbol(Symbol.Kind.STACK, b.labels().get(0), null);
          }
          if (b.type().equals(Name.VARIABLE)) {
            return new Symbol(Symbol.Kind.VARIABLE, b.labels().get(0), b.top());
          }
        }
      }
    }
    for (Syntax.Str str : s.strings) {
      if (str.start() <= offset && offset <= str.end()) {
        String attr = str.attr().name();
        if (attr.equals(Name.TIER)) {
          return new Symbol(Symbol.Kind.TIER, str.value(), null);
        }
        String stack = stackOfPath(str.value());
        if (stack != null && (attr.equals("paths") || attr.equals(Name.CONFIG_PATH) || attr.equals("depends_on"))) {
          return new Symbol(Symbol.Kind.STACK, stack, null);
        }
        if (attr.equals("depends_on")) {
          return new Symbol(Symbol.Kind.STACK, str.value(), null);
        }
      }
    }
    for (Syntax.Key k : s.keys) {
      if (k.start() <= offset && offset <= k.end() && isTierKey(k)) {
        return new Symbol(Symbol.Kind.TIER, k.name(), null);
      }
    }
    for (Syntax.Ref r : s.refs) {
      if (r.start() <= offset && offset <= r.end() && r.kind().equals("var")) {
        return new Symbol(Symbol.Kind.VARIABLE, r.name(), r.block() == null ? null : r.block().top());
      }
    }
    return null;
  }

  private static String stackOfPath(String value) {
    if (value.startsWith("../") && value.indexOf('/', 3) < 0 && value.length() > 3) {
      return value.substring(3);
    }
    return null;
  }

  /** Where a symbol is defined (a stack block's label, a key of root.tiers, a variable block's label). */
  static List<Spot> definitions(Symbol sym, Map<String, Syntax> repo) {
    List<Spot> out = new ArrayList<>();
    for (var e : repo.entrySet()) {
      Syntax s = e.getValue();
      switch (sym.kind()) {
        case STACK -> {
          for (Syntax.BlockSpan b : s.blocks) {
            if (b.parent() == null && b.type().equals(Name.STACK) && b.label().equals(sym.name())) {
              out.add(new Spot(e.getKey(), b.labelRanges().get(0)[0], b.labelRanges().get(0)[1]));
            }
          }
        }
        case TIER -> {
          for (Syntax.Key k : s.keys) {
            if (isTierKey(k) && k.name().equals(sym.name())) {
              out.add(new Spot(e.getKey(), k.start(), k.end()));
            }
          }
        }
        default -> {
          for (Syntax.BlockSpan b : s.blocks) {
            if (b.type().equals(Name.VARIABLE) && b.label().equals(sym.name()) && sameScope(b.top(), sym.scope())) {
              out.add(new Spot(e.getKey(), b.labelRanges().get(0)[0], b.labelRanges().get(0)[1]));
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean sameScope(Syntax.BlockSpan a, Syntax.BlockSpan b) {
    return a == null || b == null || a.start() == b.start();
  }

  /** Every place the symbol is named, its definitions included. */
  static List<Spot> references(Symbol sym, Map<String, Syntax> repo) {
    List<Spot> out = new ArrayList<>(definitions(sym, repo));
    for (var e : repo.entrySet()) {
      Syntax s = e.getValue();
      switch (sym.kind()) {
        case STACK -> {
          for (Syntax.BlockSpan b : s.blocks) {
            if (b.type().equals(Name.DEPENDENCY) && b.label().equals(sym.name())) {
              out.add(new Spot(e.getKey(), b.labelRanges().get(0)[0], b.labelRanges().get(0)[1]));
            }
          }
          for (Syntax.Str str : s.strings) {
            String attr = str.attr().name();
            if ((attr.equals("paths") || attr.equals(Name.CONFIG_PATH) || attr.equals("depends_on"))
                && (sym.name().equals(stackOfPath(str.value())) || attr.equals("depends_on")
                    && str.value().equals(sym.name()))) {
              out.add(new Spot(e.getKey(), str.start(), str.end()));
            }
          }
        }
        case TIER -> {
          for (Syntax.Str str : s.strings) {
            if (str.attr().name().equals(Name.TIER) && str.value().equals(sym.name())) {
              out.add(new Spot(e.getKey(), str.start(), str.end()));
            }
          }
        }
        default -> {
          for (Syntax.Ref r : s.refs) {
            if (r.kind().equals("var") && r.name().equals(sym.name())
                && sameScope(r.block() == null ? null : r.block().top(), sym.scope())) {
              out.add(new Spot(e.getKey(), r.start(), r.end()));
            }
          }
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- symbols

  /** The outline of a file: its top-level blocks, with their nested blocks. */
  static List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> outline(String text) {
    Syntax s = Syntax.of(text);
    List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    Map<Syntax.BlockSpan, DocumentSymbol> made = new LinkedHashMap<>();
    for (Syntax.BlockSpan b : s.blocks) {
      DocumentSymbol sym = new DocumentSymbol();
      sym.setName(b.labels().isEmpty() ? b.type() : b.type() + " \"" + String.join("\" \"", b.labels()) + "\"");
      sym.setKind(kindOf(b));
      int end = b.end() < 0 ? text.length() : b.end();
      sym.setRange(Positions.range(text, b.start(), end));
      int[] sel = b.labelRanges().isEmpty() ? new int[] {b.start(), b.typeEnd()} : b.labelRanges().get(0);
      sym.setSelectionRange(Positions.range(text, sel[0], sel[1]));
      sym.setChildren(new ArrayList<>());
      made.put(b, sym);
      DocumentSymbol parent = b.parent() == null ? null : find(made, b.parent());
      if (parent == null) {
        out.add(Either.forRight(sym));
      } else {
        parent.getChildren().add(sym);
      }
    }
    return out;
  }

  private static DocumentSymbol find(Map<Syntax.BlockSpan, DocumentSymbol> made, Syntax.BlockSpan b) {
    for (var e : made.entrySet()) {
      if (e.getKey().start() == b.start()) {
        return e.getValue();
      }
    }
    return null;
  }

  static SymbolKind kindOf(Syntax.BlockSpan b) {
    return switch (b.type()) {
      case Name.STACK -> b.parent() == null ? SymbolKind.Module : SymbolKind.Object;
      case Name.ROOT -> SymbolKind.Namespace;
      case Name.DEFAULTS, Name.STACKGEN -> SymbolKind.Package;
      case Name.DEPENDENCY -> SymbolKind.Interface;
      case Name.VARIABLE -> SymbolKind.Variable;
      case Name.POSTFIX_OVERLAY -> SymbolKind.Property;
      default -> SymbolKind.Struct;
    };
  }
}
