package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the blocks of all catalog files into one catalog, checking each as it comes; the catalog as a
 * whole is checked by {@link ModelCheck}.
 */
final class CatalogBuilder {
  private Settings settings;
  private Root root;
  private Defaults defaults;
  private final List<Stack> stacks = new ArrayList<>();
  /** The stackgen block's reader, which keeps where its paths are written. */
  private final SettingsReader settingsReader = new SettingsReader();
  private final List<SharedFile> shared = new ArrayList<>();
  private final List<StackConfig> stackFiles = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final SchemaCheck schema;
  private final java.util.Set<String> allowTerragrunt;
  /** Files with this many stack blocks or more read their second half on a second thread ({@link StackReadAhead}). */
  int readAheadStacks = StackReadAhead.MIN_STACKS;
  /** How each file read so far was written ({@link CatalogSyntax}). */
  private final List<CatalogSyntax.FileText> fileTexts = new ArrayList<>();

  CatalogBuilder() {
    this(java.util.Set.of());
  }

  /** A builder that accepts the Terragrunt names in {@code allowTerragrunt} unchecked. */
  CatalogBuilder(java.util.Set<String> allowTerragrunt) {
    this.schema = new SchemaCheck(allowTerragrunt, warnings);
    this.allowTerragrunt = allowTerragrunt;
  }

  /** What the root's generate blocks write into every stack (found before any stack is read). */
  private Declarations rootDeclared = Declarations.NONE;

  /** Looks ahead at a catalog file before the files are read: the root may come after the stacks. */
  void prescan(HclFile file) {
    provide(Declared.byRoot(file));
  }

  /** Declarations every stack has from the root's generate blocks, given directly. */
  void provide(Declarations declarations) {
    rootDeclared = rootDeclared.plus(declarations);
  }

  void readFile(HclFile file) throws CatalogException, HclSyntaxException {
    // The top-level readers take each block's header (the comments directly above it), not every line above.
    Binder binder = new Binder(file, CatalogSchema.FILE)
        .block(Name.STACKGEN, (b, header) -> settings = settingsReader.read(file, b))
        .block(Name.ROOT, (b, header) -> root = new RootReader(file).read(b, header, CatalogReader.ref(file, b)))
        .block(Name.DEFAULTS, (b, header) -> defaults = new Defaults(readDefaults(file, b)))
        .block(Name.STACK, (b, header) -> stacks.add(new StackReader(file, warnings, rootDeclared)
            .read(b, header, CatalogReader.ref(file, b))))
        .block(Name.SHARED, (b, header) -> shared.add(FileBlocks.readShared(file, b, header,
            CatalogReader.ref(file, b))))
        .block(Name.STACK_FILE, (b, header) -> stackFiles.add(FileBlocks.readStackFile(file, b, header,
            CatalogReader.ref(file, b))));
    BodyItems top = BodyItems.of(file.body());
    List<BodyItems.Item> items = top.items();
    List<CatalogSyntax.TopBlock> blocks = new ArrayList<>();
    StackReadAhead ahead = StackReadAhead.start(file, items, allowTerragrunt, rootDeclared, readAheadStacks);
    boolean done = false;
    try {
      for (int k = 0; k < items.size(); k++) {
        BodyItems.Item item = items.get(k);
        StackReadAhead.Result read = ahead == null ? null : ahead.result(k);
        if (read == null) {
          schema.topLevel(file, item.node());
          binder.dispatch(item.node(), item.header());
        } else {
          warnings.addAll(read.warnings()); // as the sequential read adds them: schema's, then the reader's
          if (read.failure() != null) {
            StackReadAhead.rethrow(read.failure());
          }
          stacks.add(read.stack());
        }
        blocks.add(topBlock(file, item));
      }
      done = true;
    } finally {
      if (ahead != null && !done) {
        ahead.cancel();
      }
    }
    fileTexts.add(new CatalogSyntax.FileText(file.fileName(), blocks, top.trailing()));
  }

  /** How one top-level block was written: see {@link CatalogSyntax.TopBlock}. */
  private CatalogSyntax.TopBlock topBlock(HclFile file, BodyItems.Item item) {
    Block b = item.block();
    String key = b.labels().isEmpty() ? b.type() : b.type() + " " + HclEscaper.quoted(b.labels().get(0).value());
    return b.type().equals(Name.STACKGEN) ? new CatalogSyntax.TopBlock(key, item.leading(), settingsReader.syntax)
        : new CatalogSyntax.TopBlock(key, item.leading());
  }

  /** The stacks read so far, not validated against each other. */
  List<Stack> stacks() {
    return List.copyOf(stacks);
  }

  /** The shared files read so far. */
  List<SharedFile> shared() {
    return List.copyOf(shared);
  }

  /** The stack files ({@code stack_file} blocks) read so far. */
  List<StackConfig> stackFiles() {
    return List.copyOf(stackFiles);
  }

  /** How each file read so far was written. */
  List<CatalogSyntax.FileText> fileTexts() {
    return List.copyOf(fileTexts);
  }

  /** The warnings raised so far. */
  List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /** The catalog, validated by {@link ModelCheck} with {@link CatalogReader#CHECKS} (without the kinds given). */
  Catalog build(java.util.Set<String> skippedChecks) throws CatalogException {
    return ModelCheck.check(model(), skippedChecks);
  }

  /** The catalog read, not checked as a whole; it must have a root block. */
  Catalog model() throws CatalogException {
    if (root == null) {
      throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1),
          "the catalog has no root block (it defines the tiers: root { tiers = { ... } })");
    }
    return new Catalog(settings == null ? Settings.DEFAULT : settings, root,
        defaults == null ? Defaults.NONE : defaults, stacks, warnings, shared, stackFiles,
        new CatalogSyntax(fileTexts));
  }

  /** {@code templates = "DIR"}: see {@link SettingsReader#templatesFolder}. */
  static String templatesFolder(HclFile file, Attribute a) throws CatalogException {
    return SettingsReader.templatesFolder(file, a);
  }

  private static List<StackItem> readDefaults(HclFile file, Block block) throws CatalogException, HclSyntaxException {
    List<StackItem> items = new ArrayList<>();
    new Binder(file, CatalogSchema.DEFAULTS)
        .block(Name.DEPENDENCY, (b, leading) -> items.add(Items.dependency(file, b, leading)))
        .otherAttributes((a, leading) -> items.add(Items.verbatim(file, a, leading)))
        .otherBlocks((b, leading) -> items.add(Items.verbatim(file, b, leading)))
        .bind(block);
    return items;
  }
}
