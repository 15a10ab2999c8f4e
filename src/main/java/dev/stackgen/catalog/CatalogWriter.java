package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Provider;
import dev.stackgen.model.Root;
import dev.stackgen.model.RootSyntax;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackBlock;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Tier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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

  /**
   * Whether {@link #stack} can write {@code s}: no module call, postfix overlay or file block, or those
   * still as read from the catalog (the writer prints them as written; it does not write them from the
   * model yet).
   */
  static boolean canWrite(Stack s) {
    return s.module().isEmpty() && s.overlays().isEmpty() && s.files().isEmpty() || blocksAsRead(s);
  }

  /** Whether the stack's module call, overlays and file blocks are those it was read with. */
  private static boolean blocksAsRead(Stack s) {
    StackSyntax.AsRead read = s.syntax().asRead();
    return s.module().equals(read.module()) && looseOverlays(s).equals(read.overlays()) && s.files().equals(read
        .files()) && asWritten(s);
  }

  /**
   * The catalog's files by name, in order: as the catalog was read ({@link CatalogSyntax}: its files,
   * drop-ins included, each block where it was written, with the lines above it), blocks the model holds
   * beyond that at the end of the main file; a catalog built in Java is one {@code stackgen.hcl} in the
   * order settings, root, defaults, shared files, stack files, stacks.
   */
  static Map<String, String> write(Catalog catalog) {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    Set<String> written = new HashSet<>();
    for (CatalogSyntax.FileText f : catalog.syntax().files()) {
      StringBuilder out = files.computeIfAbsent(f.name(), k -> new StringBuilder());
      for (CatalogSyntax.TopBlock b : f.blocks()) {
        String text = topBlock(catalog, b);
        if (text != null && written.add(b.key())) {
          out.append(text);
        }
      }
      trivia(out, f.trailing(), "");
    }
    StringBuilder main = files.computeIfAbsent(CatalogReader.MAIN_FILE, k -> new StringBuilder());
    Map<String, Supplier<String>> rest = new LinkedHashMap<>();
    if (!catalog.settings().equals(Settings.DEFAULT)) {
      rest.put(Name.STACKGEN, () -> settings(catalog.settings()));
    }
    rest.put(Name.ROOT, () -> root(catalog.root()));
    if (!catalog.defaults().items().isEmpty()) {
      rest.put(Name.DEFAULTS, () -> defaults(catalog.defaults()));
    }
    catalog.shared().forEach(f -> rest.put(key(Name.SHARED, f.path()), () -> shared(f)));
    catalog.stackFiles().forEach(f -> rest.put(key(Name.STACK_FILE, f.dir()), () -> stackFile(f)));
    catalog.stacks().forEach(st -> rest.put(key(Name.STACK, st.name()), () -> stack(st)));
    rest.forEach((key, text) -> {
      if (written.add(key)) {
        main.append(main.isEmpty() ? "" : "\n").append(text.get());
      }
    });
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((name, text) -> out.put(name, HclFormatter.format(text.toString())));
    return out;
  }

  private static String key(String type, String label) {
    return type + " " + HclEscaper.quoted(label);
  }

  /** One top-level block as the catalog holds it now, with the lines above it; null when it is gone. */
  private static String topBlock(Catalog catalog, CatalogSyntax.TopBlock b) {
    Trivia leading = b.leading();
    String text;
    if (b.asRead() != null) {
      text = catalog.settings().equals(b.asRead()) ? b.text() + "\n" : settings(catalog.settings());
    } else if (b.key().equals(Name.ROOT)) {
      leading = withoutHeader(leading); // the root's header is part of its block
      text = root(catalog.root());
    } else if (b.key().equals(Name.DEFAULTS)) {
      text = defaults(catalog.defaults()); // its leading lines are not in the model: all written here
    } else {
      String type = b.key().substring(0, b.key().indexOf(' '));
      String label = b.key().substring(type.length() + 2, b.key().length() - 1);
      Optional<String> block = switch (type) {
        case Name.STACK -> catalog.stack(label).map(CatalogWriter::stack);
        case Name.SHARED -> catalog.sharedFile(label).map(CatalogWriter::shared);
        case Name.STACK_FILE -> catalog.stackFiles().stream().filter(f -> f.dir().equals(label)).findFirst()
            .map(CatalogWriter::stackFile);
        default -> throw new IllegalArgumentException("no top-level block " + b.key());
      };
      if (block.isEmpty()) {
        return null;
      }
      leading = withoutHeader(leading); // the model value's header is part of its block
      text = block.get();
    }
    StringBuilder out = new StringBuilder();
    trivia(out, leading, "");
    return out.append(text).toString();
  }

  /** The lines above a block without its header (the comment lines directly above it). */
  private static Trivia withoutHeader(Trivia leading) {
    List<String> lines = leading.lines();
    int end = lines.size();
    while (end > 0 && !lines.get(end - 1).isEmpty()) {
      end--;
    }
    return new Trivia(lines.subList(0, end));
  }

  /** The {@code stackgen} block of {@code s}: the settings not at their default. */
  static String settings(Settings s) {
    StringBuilder out = new StringBuilder(Name.STACKGEN + " {\n");
    setting(out, Name.STACKS_DIR, HclEscaper.quoted(s.stacksDir()));
    setting(out, Name.HEADER, String.valueOf(s.header()));
    if (!s.rootFile().equals(Settings.LEGACY_ROOT_FILE)) {
      setting(out, Name.ROOT_FILE, HclEscaper.quoted(s.rootFile()));
    }
    if (!s.templates().isEmpty()) {
      setting(out, Name.TEMPLATES, HclEscaper.quoted(s.templates()));
    }
    if (!s.leadingBlankLines().isEmpty()) {
      out.append(INDENT).append(Name.LEADING_BLANK_LINES).append(" = {\n");
      s.leadingBlankLines().forEach((path, n) -> setting(out, INDENT + HclEscaper.quoted(path), String.valueOf(n)));
      out.append(INDENT).append("}\n");
    }
    if (!s.noFinalNewline().isEmpty()) {
      out.append(INDENT).append(Name.NO_FINAL_NEWLINE).append(" = [\n");
      s.noFinalNewline().forEach(path -> out.append(INDENT + INDENT).append(HclEscaper.quoted(path)).append(",\n"));
      out.append(INDENT).append("]\n");
    }
    return HclFormatter.format(out.append("}\n").toString());
  }

  private static void setting(StringBuilder out, String name, String value) {
    out.append(INDENT).append(name).append(" = ").append(value).append('\n');
  }

  /**
   * The {@code root} block with its header comments: as written while it is as read ({@link RootSyntax}),
   * else a generated, custom or hand-kept root from its model parts.
   */
  static String root(Root r) {
    RootSyntax syntax = r.syntax();
    if (!syntax.order().isEmpty() && r.withSyntax(RootSyntax.NONE).equals(syntax.asRead())) {
      return rootAsWritten(r, syntax);
    }
    StringBuilder out = new StringBuilder();
    trivia(out, r.header(), "");
    out.append(Name.ROOT).append(" {\n");
    if (r.handKept()) {
      setting(out, Name.LAYOUT, HclEscaper.quoted("none"));
    }
    trivia(out, r.tiersLeading(), INDENT);
    out.append(INDENT).append(Name.TIERS).append(" = {\n");
    for (Tier t : r.tiers()) {
      trivia(out, t.leading(), INDENT + INDENT);
      out.append(INDENT + INDENT).append(t.name()).append(" = ").append(t.value().text().strip())
          .append(t.trailingComment().isEmpty() ? "" : " " + t.trailingComment()).append('\n');
      trivia(out, t.after(), INDENT + INDENT);
    }
    out.append(INDENT).append("}\n");
    if (r.custom()) {
      r.items().forEach(v -> verbatim(out, v, INDENT));
    } else {
      if (!r.localStatePath().equals(Root.DEFAULT_LOCAL_STATE_PATH)) {
        setting(out, Name.LOCAL_STATE_PATH, r.localStatePath().text().strip());
      }
      if (!r.pgConnStr().equals(Root.DEFAULT_PG_CONN_STR)) {
        setting(out, Name.PG_CONN_STR, r.pgConnStr().text().strip());
      }
      for (Provider p : r.providers()) {
        trivia(out, p.leading(), INDENT);
        out.append(INDENT).append(Name.PROVIDER).append(' ').append(HclEscaper.quoted(p.name())).append(" {\n");
        setting(out, INDENT + Name.SOURCE, HclEscaper.quoted(p.source()));
        setting(out, INDENT + Name.VERSION, HclEscaper.quoted(p.version()));
        p.config().forEach(v -> verbatim(out, v, INDENT + INDENT));
        out.append(INDENT).append("}\n");
      }
      if (!r.locals().isEmpty()) {
        out.append(INDENT).append(Name.LOCALS).append(" {\n");
        r.locals().forEach(v -> verbatim(out, v, INDENT + INDENT));
        out.append(INDENT).append("}\n");
      }
      r.extras().forEach(v -> verbatim(out, v, INDENT));
    }
    trivia(out, r.footer(), INDENT);
    return HclFormatter.format(out.append("}\n").toString());
  }

  private static String rootAsWritten(Root r, RootSyntax syntax) {
    StringBuilder out = new StringBuilder();
    trivia(out, r.header(), "");
    out.append(Name.ROOT).append(" {\n");
    int setting = 0;
    int provider = 0;
    int locals = 0;
    int local = 0;
    int item = 0;
    for (RootSyntax.Part part : syntax.order()) {
      switch (part) {
        case SETTING -> attr(out, syntax.settings().get(setting++), INDENT);
        case PROVIDER -> verbatim(out, syntax.providers().get(provider++), INDENT);
        case LOCALS -> {
          RootSyntax.LocalsBlock block = syntax.locals().get(locals++);
          trivia(out, block.leading(), INDENT);
          out.append(INDENT).append(Name.LOCALS).append(" {\n");
          for (int k = 0; k < block.size(); k++) {
            Verbatim v = r.locals().get(local++);
            if (k == 0) { // carries the block's leading lines before its own
              List<String> lines = v.leading().lines();
              v = new Verbatim(v.text(), new Trivia(lines.subList(block.leading().lines().size(), lines.size())),
                  v.source());
            }
            verbatim(out, v, INDENT + INDENT);
          }
          trivia(out, block.closing(), INDENT + INDENT);
          out.append(INDENT).append("}\n");
        }
        case ITEM -> verbatim(out, (r.custom() ? r.items() : r.extras()).get(item++), INDENT);
        default -> throw new IllegalStateException(part.toString());
      }
    }
    trivia(out, r.footer(), INDENT);
    return HclFormatter.format(out.append("}\n").toString());
  }

  /** The {@code defaults} block. */
  static String defaults(Defaults d) {
    StringBuilder out = new StringBuilder(Name.DEFAULTS + " {\n");
    d.items().forEach(item -> item(out, item));
    return HclFormatter.format(out.append("}\n").toString());
  }

  /** A {@code shared "<path>"} block with its header comments. */
  static String shared(SharedFile f) {
    StringBuilder out = new StringBuilder();
    trivia(out, f.header(), "");
    out.append(key(Name.SHARED, f.path())).append(" {\n");
    f.items().forEach(item -> item(out, item));
    trivia(out, f.footer(), INDENT);
    return HclFormatter.format(out.append("}\n").toString());
  }

  /** A {@code stack_file "<dir>"} block with its header comments. */
  static String stackFile(StackConfig f) {
    StringBuilder out = new StringBuilder();
    trivia(out, f.header(), "");
    out.append(key(Name.STACK_FILE, f.dir())).append(" {\n");
    f.items().forEach(item -> item(out, item));
    trivia(out, f.footer(), INDENT);
    return HclFormatter.format(out.append("}\n").toString());
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
    int block = 0;
    for (StackSyntax.Part part : syntax.order()) {
      switch (part) {
        case SETTING -> attr(out, syntax.settings().get(setting++), INDENT);
        case ITEM -> item(out, s.items().get(item++));
        default -> verbatim(out, syntax.blocks().get(block++), INDENT); // as read: see canWrite
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

  private static void verbatim(StringBuilder out, Verbatim v, String indent) {
    trivia(out, v.leading(), indent);
    out.append(indent).append(v.text()).append('\n');
  }

  private static void item(StringBuilder out, StackItem item) {
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
