package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Names;
import dev.stackgen.model.Provider;
import dev.stackgen.model.Root;
import dev.stackgen.model.RootSyntax;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Tier;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code root} block: tiers, providers, state settings, extra locals, verbatim extras. */
final class RootReader {
  private final HclFile file;

  // What the root block says, filled by the binders while its body is read (one reader per root block).
  private List<Tier> tiers;
  private Trivia tiersLeading = Trivia.NONE;
  private Expr localStatePath = Root.DEFAULT_LOCAL_STATE_PATH;
  private Expr pgConnStr = Root.DEFAULT_PG_CONN_STR;
  private Attribute none;
  // How the block is written (RootSyntax), filled alongside.
  private final List<RootSyntax.Part> order = new ArrayList<>();
  private final List<Attr> settings = new ArrayList<>();
  private final List<Verbatim> providerTexts = new ArrayList<>();
  private final List<RootSyntax.LocalsBlock> localsBlocks = new ArrayList<>();

  RootReader(HclFile file) {
    this.file = file;
  }

  Root read(Block block, Trivia header, SourceRef at) throws CatalogException, HclSyntaxException {
    if (block.body().nodes().stream().anyMatch(n -> n instanceof Block b && b.type().equals(
        TerragruntSchema.REMOTE_STATE.name()) || n instanceof Attribute a && a.name().equals(Name.LAYOUT))) {
      return readCustom(block, header, at);
    }
    List<Provider> providers = new ArrayList<>();
    List<Verbatim> locals = new ArrayList<>();
    List<Verbatim> extras = new ArrayList<>();
    Binder binder = new Binder(file, CatalogSchema.ROOT)
        .attr(Name.TIERS, setting().then((a, leading) -> {
          tiers = tiers(a);
          tiersLeading = leading;
        }))
        .attr(Name.LOCAL_STATE_PATH, setting().then((a, leading) -> localStatePath = new Expr(a.expression()
            .text())))
        .attr(Name.PG_CONN_STR, setting().then((a, leading) -> pgConnStr = new Expr(a.expression().text())))
        .block(Name.PROVIDER, (b, leading) -> {
          providers.add(provider(b, leading));
          providerTexts.add(Items.verbatim(file, b, leading));
          order.add(RootSyntax.Part.PROVIDER);
        })
        .block(Name.LOCALS, (b, leading) -> {
          List<Verbatim> items = bodyItems(b);
          localsBlocks.add(new RootSyntax.LocalsBlock(leading, items.size(), BodyItems.of(b).trailing()));
          order.add(RootSyntax.Part.LOCALS);
          if (!items.isEmpty()) {
            Verbatim head = items.get(0);
            List<String> lines = new ArrayList<>(leading.lines());
            lines.addAll(head.leading().lines());
            items.set(0, new Verbatim(head.text(), new Trivia(lines), head.source()));
          }
          locals.addAll(items);
        })
        .otherAttributes((a, leading) -> item(extras, Items.verbatim(file, a, leading)))
        .otherBlocks((b, leading) -> item(extras, Items.verbatim(file, b, leading)));
    Map<String, SourceRef> seen = new HashMap<>();
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      Node node = item.node();
      SourceRef ref = CatalogReader.ref(file, node);
      String key = node instanceof Attribute a ? a.name() : ((Block) node).type() + " "
          + String.join(" ", ((Block) node).labels().stream().map(l -> l.value()).toList());
      SourceRef first = seen.putIfAbsent(key, ref);
      if (first != null) {
        throw new CatalogException(ref, "\"" + key + "\" given twice in root (first at " + first + ")");
      }
      binder.dispatch(node, item.leading());
    }
    return withSyntax(new Root(tiers, tiersLeading, providers, localStatePath, pgConnStr, locals, extras, header,
        body.trailing(), at));
  }

  /** Keeps an attribute of the catalog's own (tiers, layout, ...) as written. */
  private Binder.OnAttribute setting() {
    return (a, leading) -> {
      settings.add(Items.attr(file, a, leading));
      order.add(RootSyntax.Part.SETTING);
    };
  }

  private void item(List<Verbatim> items, Verbatim item) {
    items.add(item);
    order.add(RootSyntax.Part.ITEM);
  }

  private Root withSyntax(Root root) {
    return root.withSyntax(new RootSyntax(order, settings, providerTexts, localsBlocks, root));
  }

  /**
   * A root that writes its own {@code remote_state} (or says {@code layout = "exact"}, e.g. one that
   * keeps its state settings elsewhere): every item is copied in order; the tiers come
   * from a catalog-only {@code tiers} attribute or else from {@code locals { tiers = {...} }}, at the
   * top level or in the HCL a {@code generate} block writes ({@link RootTiers}).
   */
  private Root readCustom(Block block, Trivia header, SourceRef at) throws CatalogException, HclSyntaxException {
    List<Verbatim> items = new ArrayList<>();
    Binder.OnAttribute notHere = (a, leading) -> notInCustom(a, a.name());
    BodyItems body = new Binder(file, CatalogSchema.ROOT)
        .attr(Name.TIERS, setting().then((a, leading) -> tiers = tiers(a)))
        .attr(Name.LAYOUT, setting().then((a, leading) -> {
          String layout = Items.string(file, a);
          if (layout.equals("none")) {
            none = a;
          } else if (!layout.equals("exact")) {
            throw new CatalogException(Items.valueRef(file, a), "root layout must be \"exact\" (the root file is"
                + " the root block's items as written) or \"none\" (the root file is hand-kept), got \"" + layout
                + "\"");
          }
        }))
        .attr(Name.LOCAL_STATE_PATH, notHere)
        .attr(Name.PG_CONN_STR, notHere)
        .block(Name.PROVIDER, (b, leading) -> notInCustom(b, Name.PROVIDER))
        .otherAttributes((a, leading) -> item(items, Items.verbatim(file, a, leading)))
        .otherBlocks((b, leading) -> item(items, Items.verbatim(file, b, leading)))
        .bind(block);
    if (none != null) {
      if (!items.isEmpty()) {
        throw new CatalogException(items.get(0).source(), "a root with layout = \"none\" writes no file (the root"
            + " file is hand-kept): remove this item, or say layout = \"exact\" to write the root file");
      }
      if (tiers == null) {
        throw new CatalogException(at, "a root with layout = \"none\" names its tiers in a catalog-only"
            + " tiers = { ... }");
      }
      return withSyntax(Root.handKept(tiers, header, body.trailing(), at));
    }
    if (tiers == null) {
      tiers = RootTiers.find(file, block.body().nodes()).map(RootTiers.Found::tiers).orElse(null);
    }
    if (tiers == null) {
      throw new CatalogException(at, "root writes its own remote_state but names no tiers (add"
          + " locals { tiers = { core = \"0-core\", ... } }, a generate block whose contents hold that locals block,"
          + " or a catalog-only tiers = { ... })");
    }
    return withSyntax(Root.custom(tiers, items, header, body.trailing(), at));
  }

  private void notInCustom(Node node, String what) throws CatalogException {
    throw new CatalogException(CatalogReader.ref(file, node), what + " is not allowed in a root that writes its own"
        + " remote_state (write the backend and the generate blocks there instead)");
  }

  private List<Verbatim> bodyItems(Block block) {
    List<Verbatim> items = new ArrayList<>();
    for (BodyItems.Item item : BodyItems.of(block)) {
      items.add(Items.verbatim(file, item.node(), item.leading()));
    }
    return items;
  }

  private Provider provider(Block b, Trivia leading) throws CatalogException, HclSyntaxException {
    String name = Items.identifierLabel(file, b, "provider name");
    String[] sourceAndVersion = new String[2];
    List<Verbatim> config = new ArrayList<>();
    new Binder(file, CatalogSchema.ROOT.block(Name.PROVIDER))
        .string(Name.SOURCE, v -> sourceAndVersion[0] = v)
        .string(Name.VERSION, v -> sourceAndVersion[1] = v)
        .otherAttributes((a, l) -> config.add(Items.verbatim(file, a, l)))
        .otherBlocks((inner, l) -> config.add(Items.verbatim(file, inner, l)))
        .bind(b);
    return new Provider(name, sourceAndVersion[0], sourceAndVersion[1], config, leading);
  }

  private List<Tier> tiers(Attribute a) throws CatalogException {
    List<Tier> tiers = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    ObjectEntries.Parsed parsed = ObjectEntries.parse(file, a.expression());
    for (ObjectEntries.Entry e : parsed.entries()) {
      if (!Names.isIdentifier(e.key())) {
        throw new CatalogException(e.source(), "tier name \"" + e.key() + "\" is not an identifier");
      }
      SourceRef first = seen.putIfAbsent(e.key(), e.source());
      if (first != null) {
        throw new CatalogException(e.source(), "tier \"" + e.key() + "\" given twice (first at " + first + ")");
      }
      tiers.add(new Tier(e.key(), new Expr(e.value()), e.leading(), e.trailingComment()));
    }
    if (!parsed.closing().isEmpty() && !tiers.isEmpty()) {
      // Comments after the last tier stay below it: carried as the last tier's trailing lines.
      Tier last = tiers.remove(tiers.size() - 1);
      tiers.add(new Tier(last.name(), last.value(), last.leading(), last.trailingComment(), parsed.closing()));
    }
    if (tiers.isEmpty()) {
      throw new CatalogException(Items.valueRef(file, a), "tiers must name at least one tier");
    }
    return tiers;
  }
}
