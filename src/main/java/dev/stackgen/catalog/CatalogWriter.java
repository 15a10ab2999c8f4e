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
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Provider;
import dev.stackgen.model.Root;
import dev.stackgen.model.RootSyntax;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SettingsSyntax;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Tier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.List;

/**
 * Prints model values as catalog text, the readers' inverse: {@code write(read(x))} is {@code x} in
 * canonical layout for every file of a catalog read from disk (CatalogWriterTest), keeping the trivia the
 * model carries (header comments, the comments and blank lines above each item, the lines before a
 * closing brace) and how each block was written where the model records it ({@link CatalogSyntax} for the
 * files and the lines between their blocks, {@link dev.stackgen.model.StackSyntax} for a stack's settings
 * and item order, {@link RootSyntax} for the root's own attributes, providers and locals blocks).
 *
 * <p>Written from the model: the {@code stackgen} block (its attributes as written while the settings are
 * those read from them, {@link SettingsSyntax}), stack blocks (settings, items; {@code StackWriter}), their
 * {@code postfix_overlay} and {@code file} blocks (each part as written while its entries are those read,
 * {@link dev.stackgen.model.OverlaySyntax}; {@code OverlayWriter}), {@code root}, {@code defaults},
 * {@code shared}, {@code stack_file}. A stack's module block is printed from how it was written while the
 * call is the one read from it. A model built in Java (no such record) is written in canonical order into
 * one {@code stackgen.hcl}: settings not at their default, root, defaults, shared files, stack files,
 * stacks (overlays, file blocks and module calls in their canonical form: every stack can be written).
 * Import writes its catalog through {@link #write} (the model it checked, one catalog file per candidate
 * ({@link CatalogParts}), printed back).
 */
public final class CatalogWriter {
  private CatalogWriter() {}

  /**
   * The catalog's files by name, in order: as the catalog was read ({@link CatalogSyntax}: its files,
   * drop-ins included, each block where it was written, with the lines above it), blocks the model holds
   * beyond that at the end of the main file; a catalog built in Java is one {@code stackgen.hcl} in the
   * order settings, root, defaults, shared files, stack files, stacks.
   */
  public static Map<String, String> write(Catalog catalog) {
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
    if (b.settings() != null) {
      text = settings(catalog.settings(), b.settings());
    } else if (b.key().equals(Name.STACKGEN)) {
      text = settings(catalog.settings()); // no record of how it was written (built in Java): canonical
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

  /**
   * The {@code stackgen} block of {@code s} (canonical): {@code stacks_dir}, {@code root_file} unless
   * {@code terragrunt.hcl}, {@code header}, then {@code templates}, {@code leading_blank_lines},
   * {@code no_final_newline} and {@code allow_terragrunt} where not at their default.
   */
  public static String settings(Settings s) {
    StringBuilder out = new StringBuilder(Name.STACKGEN + " {\n");
    setting(out, Name.STACKS_DIR, HclEscaper.quoted(s.stacksDir()));
    if (!s.rootFile().equals(Settings.LEGACY_ROOT_FILE)) {
      setting(out, Name.ROOT_FILE, HclEscaper.quoted(s.rootFile()));
    }
    setting(out, Name.HEADER, String.valueOf(s.header()));
    if (!s.templates().isEmpty()) {
      setting(out, Name.TEMPLATES, HclEscaper.quoted(s.templates()));
    }
    if (!s.leadingBlankLines().isEmpty()) {
      out.append(INDENT).append(Name.LEADING_BLANK_LINES).append(" = {\n");
      s.leadingBlankLines().forEach((path, n) -> setting(out, INDENT + HclEscaper.quoted(path), String.valueOf(n)));
      out.append(INDENT).append("}\n");
    }
    stringList(out, Name.NO_FINAL_NEWLINE, s.noFinalNewline());
    stringList(out, Name.ALLOW_TERRAGRUNT, s.allowTerragrunt());
    return HclFormatter.format(out.append("}\n").toString());
  }

  /** {@code name = [...]}, one string a line, unless {@code values} is empty. */
  private static void stringList(StringBuilder out, String name, Set<String> values) {
    if (!values.isEmpty()) {
      out.append(INDENT).append(name).append(" = [\n");
      values.forEach(v -> out.append(INDENT + INDENT).append(HclEscaper.quoted(v)).append(",\n"));
      out.append(INDENT).append("]\n");
    }
  }

  /**
   * The {@code stackgen} block of {@code s}: its attributes as written ({@link SettingsSyntax}: order,
   * comments, values at their default, layout) while {@code s} is the settings read from them, else the
   * canonical block ({@link #settings(Settings)}).
   */
  static String settings(Settings s, SettingsSyntax syntax) {
    if (!s.equals(syntax.asRead())) {
      return settings(s);
    }
    StringBuilder out = new StringBuilder(Name.STACKGEN + " {");
    if (syntax.oneLine() && syntax.closing().isEmpty() && syntax.attrs().size() <= 1) {
      StringBuilder inner = new StringBuilder();
      syntax.attrs().forEach(a -> attr(inner, a, ""));
      String body = inner.toString().strip();
      out.append(body.isEmpty() ? "" : " " + body + " ").append('}');
    } else {
      out.append(syntax.openComment().isEmpty() ? "" : " " + syntax.openComment()).append('\n');
      syntax.attrs().forEach(a -> attr(out, a, INDENT));
      trivia(out, syntax.closing(), INDENT);
      out.append('}');
    }
    out.append(syntax.trailingComment().isEmpty() ? "" : " " + syntax.trailingComment()).append('\n');
    return HclFormatter.format(out.toString()); // aligns the = of neighbouring attributes
  }

  /**
   * The {@code root} block with its header comments: as written while it is as read ({@link RootSyntax}),
   * else a generated, custom or hand-kept root from its model parts.
   */
  public static String root(Root r) {
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
  /**
   * The catalog text of a stack's {@code file} block built outside the catalog (import builds it from a
   * repository file): at the depth of a stack's body, without lines above it, not yet formatted (the stack
   * block it goes into is). The one place import turns such a block into text, for the stack probe and
   * the catalog it writes.
   */
  public static String fileBlock(dev.stackgen.model.StackFile f) {
    StringBuilder out = new StringBuilder();
    OverlayWriter.file(out, f, null, INDENT, false);
    return out.toString();
  }

  /**
   * The catalog text of a stack's {@code module} block from how it is written ({@link ModuleBlocks}:
   * import builds it from a main.tf), formatted at depth 0, without the lines above it.
   */
  public static String moduleBlock(dev.stackgen.model.ModuleSyntax syntax) {
    StringBuilder out = new StringBuilder();
    ModuleWriter.write(out, syntax, "");
    return HclFormatter.format(out.toString());
  }

  /** The stack's block with its header comments, each line ending in a line break. */
  static String stack(Stack s) {
    return StackWriter.stack(s);
  }
}
