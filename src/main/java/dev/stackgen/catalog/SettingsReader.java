package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Names;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SettingsSyntax;
import dev.stackgen.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code stackgen { }} block into {@link Settings} and how it was written ({@link SettingsSyntax}),
 * with where the paths it names are written ({@link SettingsSyntax.Positions}) so the catalog's checks
 * can report one it does not generate.
 */
final class SettingsReader {
  /** Where each leading_blank_lines entry is written, to report a path the catalog does not generate. */
  private final Map<String, SourceRef> blankLineRefs = new LinkedHashMap<>();
  /** Where each no_final_newline entry is written, to report a path the catalog does not generate. */
  private final Map<String, SourceRef> newlineRefs = new LinkedHashMap<>();
  /** Where {@code root_file} is written (null when the catalog keeps the default). */
  private SourceRef rootFileAt;
  /** How the block read last was written (null before one is read). */
  SettingsSyntax syntax;

  /** The most blank lines {@code leading_blank_lines} may put above a file (the output stays near the input's size). */
  static final int MAX_LEADING_BLANK_LINES = 1000;

  // What the stackgen block says, filled by the binder while its body is read (the schema allows one block).
  private String stacksDir = Settings.DEFAULT.stacksDir();
  private boolean header = Settings.DEFAULT.header();
  private String rootFile = Settings.DEFAULT.rootFile();
  private String templates = "";
  private final Map<String, Integer> blankLines = new LinkedHashMap<>();
  private final Set<String> noFinalNewline = new LinkedHashSet<>();
  private final Set<String> allowTerragrunt = new LinkedHashSet<>();

  Settings read(HclFile file, Block block) throws CatalogException, HclSyntaxException {
    BodyItems body = new Binder(file, CatalogSchema.SETTINGS)
        .attr(Name.LEADING_BLANK_LINES, (a, l) -> leadingBlankLines(file, a))
        .attr(Name.NO_FINAL_NEWLINE, (a, l) -> noFinalNewline(file, a))
        .attr(Name.STACKS_DIR, (a, l) -> {
          stacksDir = Items.string(file, a);
          if (!Names.isFolderPath(stacksDir) || stacksDir.contains("..")) {
            throw new CatalogException(Items.ref(file, a),
                "stacks_dir must be a relative folder inside the repository, got \"" + stacksDir + "\"");
          }
        })
        .bool(Name.HEADER, v -> header = v)
        .attr(Name.ROOT_FILE, (a, l) -> {
          rootFile = Items.string(file, a);
          rootFileAt = Items.valueRef(file, a);
          if (!Settings.isRootFileName(rootFile)) {
            throw new CatalogException(Items.valueRef(file, a), "root_file must be a file name ending in .hcl"
                + " at the repository root (\"root.hcl\" or \"terragrunt.hcl\"), got \"" + rootFile + "\"");
          }
        })
        .attr(Name.TEMPLATES, (a, l) -> templates = templatesFolder(file, a))
        // checked before the files are read (SchemaCheck.allowList), kept here for the model
        .attr(Name.ALLOW_TERRAGRUNT, (a, l) -> allowTerragrunt.addAll(Expressions.decodeStringList(a.expression())))
        .bind(block);
    Settings settings = new Settings(stacksDir, header, rootFile, templates, blankLines, noFinalNewline,
        allowTerragrunt);
    List<Attr> attrs = new ArrayList<>();
    for (BodyItems.Item item : body) {
      if (item.node() instanceof Attribute a) {
        attrs.add(Items.attr(file, a, item.leading()));
      }
    }
    syntax = new SettingsSyntax(attrs, block.oneLine(), block.openComment().map(Comment::text).orElse(""),
        block.trailingComment().map(Comment::text).orElse(""), body.trailing(), settings,
        new SettingsSyntax.Positions(CatalogReader.ref(file, block), rootFileAt, blankLineRefs, newlineRefs));
    return settings;
  }

  private void leadingBlankLines(HclFile file, Attribute a) throws CatalogException, HclSyntaxException {
    for (ObjectEntries.Entry e : ObjectEntries.parse(file, a.expression()).entries()) {
      int n;
      try {
        n = Integer.parseInt(e.value());
      } catch (NumberFormatException x) {
        n = 0;
      }
      if (n < 1 || e.key().isEmpty() || e.key().startsWith("/") || e.key().contains("..")) {
        throw new CatalogException(e.source(), "leading_blank_lines maps an owned file's repository path to"
            + " the number of blank lines it starts with, e.g. { \"stacks/a/main.tf\" = 1 }; got "
            + e.key() + " = " + e.value());
      }
      if (n > MAX_LEADING_BLANK_LINES) {
        throw new CatalogException(e.source(), "leading_blank_lines allows at most " + MAX_LEADING_BLANK_LINES
            + " blank lines at the start of a file; got " + e.key() + " = " + e.value());
      }
      blankLines.put(e.key(), n);
      blankLineRefs.put(e.key(), e.source());
    }
  }

  private void noFinalNewline(HclFile file, Attribute a) throws CatalogException {
    List<String> paths;
    try {
      paths = Expressions.decodeStringList(a.expression());
    } catch (HclSyntaxException x) {
      paths = null;
    }
    if (paths == null || paths.stream().anyMatch(p -> p.isEmpty() || p.startsWith("/") || p.contains(".."))) {
      throw new CatalogException(Items.valueRef(file, a), "no_final_newline lists the repository paths of owned"
          + " files that end without a final newline, e.g. [\"prod/app/terragrunt.hcl\"]; got "
          + Items.abbreviate(a.expression().text()));
    }
    for (String p : paths) {
      noFinalNewline.add(p);
      newlineRefs.putIfAbsent(p, Items.valueRef(file, a));
    }
  }

  /** {@code templates = "DIR"}: a folder of template overrides, relative and inside the repository. */
  static String templatesFolder(HclFile file, Attribute a) throws CatalogException {
    String dir = Items.string(file, a);
    if (!dir.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?") || dir.equals(".") || dir.contains("..")) {
      throw new CatalogException(Items.valueRef(file, a),
          "templates must be a relative folder inside the repository, got \"" + dir + "\"");
    }
    return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
  }
}
