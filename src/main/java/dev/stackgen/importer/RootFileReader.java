package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.FileBlockValues;
import dev.stackgen.catalog.FileBody;
import dev.stackgen.catalog.RootTiers;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Root;
import dev.stackgen.model.RootSyntax;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Tier;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root {@code terragrunt.hcl} (inverse of the custom root view): the {@code root} model value holding
 * the file's items as written (printed by {@code CatalogWriter.root}), the tiers it states, and the tier-0
 * stacks it lists.
 */
final class RootFileReader {
  /** Tier used when the repository names none. */
  static final String FALLBACK_TIER = "default";

  /** The catalog-only tiers attribute's value naming only the fallback tier. */
  private static final String FALLBACK_TIERS = "{ " + FALLBACK_TIER + " = " + ImportText.quoted(FALLBACK_TIER) + " }";

  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\$%]*)\"");

  private final HclFile file;
  private final String text;
  private final Optional<RootTiers.Found> tiers;

  /**
   * @param text the root file as the catalog will hold it (header line already removed)
   */
  RootFileReader(String text) throws HclSyntaxException {
    this.text = text;
    this.file = HclParser.parse(text, "terragrunt.hcl");
    Optional<RootTiers.Found> found;
    try {
      found = RootTiers.find(file);
    } catch (CatalogException e) {
      found = Optional.empty(); // not usable tiers: the catalog names the fallback tier
    }
    this.tiers = found;
  }

  HclFile file() {
    return file;
  }

  /** Tier keys the root states, in order; empty when it states none. */
  List<String> tierNames() {
    return tiers.map(RootTiers.Found::names).orElse(List.of());
  }

  /** Where the root states the tiers, e.g. {@code generate "tiers"}, or empty. */
  Optional<RootTiers.Found> tiers() {
    return tiers;
  }

  /**
   * The {@code root} block's model value: a custom root of the file's items as written ({@code layout =
   * "exact"} first unless the file has a {@code remote_state}); when the root states no tiers, those of a
   * committed tiers.tf as a catalog-only {@code tiers} attribute, else the fallback tier. The catalog
   * writer prints it ({@link RootSyntax}: the settings and items in this order, with the comments above).
   *
   * <p>The value is checked as the catalog reads its block, on the file's nodes ({@link #checked}): a
   * {@link CatalogException} worded as the catalog's when the catalog root cannot hold the file.
   *
   * @param committed tiers stated by a committed tiers.tf (used only when the root states none)
   * @param allowTerragrunt the Terragrunt names the catalog's schema takes unchecked
   */
  Root root(Optional<RootTiers.Found> committed, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    return root(committed, allowTerragrunt, Want.VALUE);
  }

  /** What {@link #custom} gives: the value checked, the value of the check, or the value unchecked. */
  enum Want {
    /** The root value, checked as the catalog reads its block. */
    VALUE,
    /** The value the check reads on the file's nodes ({@link FileBlockValues#root}). */
    READ,
    /** The root value without the check (its print is what the check stands for). */
    UNCHECKED
  }

  /** The root value of {@link #root} as {@code want} says. */
  Root root(Optional<RootTiers.Found> committed, Set<String> allowTerragrunt, Want want)
      throws CatalogException, HclSyntaxException {
    List<Attr> settings = new ArrayList<>();
    List<String> above = new ArrayList<>(); // the lines above the next setting
    if (file.body().nodes().stream().noneMatch(n -> n instanceof Block b && b.type().equals("remote_state"))) {
      // no remote_state: without this the catalog would read the root as a typed one and write its own
      settings.add(setting(Name.LAYOUT, ImportText.quoted("exact"), List.of()));
      above.add("");
    }
    List<Tier> stated;
    if (tiers.isPresent()) {
      stated = tiers.get().tiers();
    } else {
      above.add(committed.isPresent() ? "# Tiers as " + committed.get().source().file()
          + " states them (catalog-only: the root file states none)."
          : "# No tiers in the root file: every stack gets the fallback tier.");
      settings.add(setting(Name.TIERS, committed.isPresent() ? committed.get().text() : FALLBACK_TIERS, above));
      stated = committed.isPresent() ? committed.get().tiers() : List.of(fallbackTier());
    }
    return custom(settings, stated, file, allowTerragrunt, want);
  }

  /**
   * The {@code root} block's model value of a nested repository (one tier {@code tier} for every unit): the
   * root file's items as written, or a hand-kept root when {@code file} is null; checked as {@link #root} is.
   */
  static Root sharedTier(String tier, HclFile file, Set<String> allowTerragrunt, Want want)
      throws CatalogException, HclSyntaxException {
    Tier only = new Tier(tier, new Expr(ImportText.quoted(tier)), Trivia.NONE, "");
    Attr tiers = setting(Name.TIERS, "{ " + tier + " = " + ImportText.quoted(tier) + " }", List.of(
        "# Catalog-only: the units of a nested repository share one tier."));
    if (file == null) {
      return handKept(tiers, List.of(only));
    }
    return custom(List.of(tiers, setting(Name.LAYOUT, ImportText.quoted("exact"), List.of())), List.of(only), file,
        allowTerragrunt, want);
  }

  /**
   * A custom root: {@code settings}, then the file's items as written, a blank line between the two; the items
   * in canonical form, as the catalog holds them (the value is what its print reads back). The block is
   * checked on the canonical file's nodes with the settings, as the catalog reads it ({@link
   * FileBlockValues#root}), as {@code want} says.
   */
  private static Root custom(List<Attr> settings, List<Tier> stated, HclFile file, Set<String> allowTerragrunt,
      Want want) throws CatalogException, HclSyntaxException {
    List<RootSyntax.Part> order = new ArrayList<>();
    settings.forEach(a -> order.add(RootSyntax.Part.SETTING));
    List<String> above = new ArrayList<>(settings.isEmpty() ? List.of() : List.of(""));
    // the file parsed: its canonical form does
    HclFile canonical = HclParser.parse(HclFormatter.format(file.source(), file.fileName()), file.fileName());
    if (want != Want.UNCHECKED) {
      Root read = FileBlockValues.root(settings, canonical, allowTerragrunt);
      if (want == Want.READ) {
        return read;
      }
    }
    FileBody body = FileBody.of(canonical);
    List<Verbatim> items = new ArrayList<>();
    for (Verbatim v : body.items()) {
      List<String> lines = new ArrayList<>(above);
      lines.addAll(v.leading().lines());
      items.add(new Verbatim(v.text(), new Trivia(lines), v.source()));
      order.add(RootSyntax.Part.ITEM);
      above = new ArrayList<>();
    }
    above.addAll(body.trailing().lines());
    Root root = Root.custom(stated, items, Trivia.NONE, new Trivia(above), SourceRef.NONE);
    return root.withSyntax(new RootSyntax(order, settings, List.of(), List.of(), root));
  }

  /**
   * The {@code root} block's model value for a hand-kept root ({@code layout = "none"}: the catalog neither
   * writes nor checks the root file): only the tiers the stacks need, catalog-only, as the root states
   * them (else as a committed tiers.tf states them, else the fallback tier).
   *
   * @param committed tiers stated by a committed tiers.tf (used only when the root states none)
   */
  Root handKept(Optional<RootTiers.Found> committed) {
    Attr tierSetting;
    List<Tier> stated;
    if (tiers.isPresent()) {
      tierSetting = setting(Name.TIERS, tiers.get().text(), List.of(
          "# Catalog-only: the tiers as the root file states them."));
      stated = tiers.get().tiers();
    } else if (committed.isPresent()) {
      tierSetting = setting(Name.TIERS, committed.get().text(), List.of("# Catalog-only: the tiers as "
          + committed.get().source().file() + " states them."));
      stated = committed.get().tiers();
    } else {
      tierSetting = setting(Name.TIERS, FALLBACK_TIERS, List.of(
          "# Catalog-only: the root file states no tiers, every stack gets the fallback tier."));
      stated = List.of(fallbackTier());
    }
    return handKept(tierSetting, stated);
  }

  /** A hand-kept root: the catalog-only {@code tiers} setting, then {@code layout = "none"}. */
  private static Root handKept(Attr tierSetting, List<Tier> stated) {
    Attr none = setting(Name.LAYOUT, ImportText.quoted("none"), List.of(
        "# The root file is hand-kept: generate neither writes nor checks it."));
    Root root = Root.handKept(stated, Trivia.NONE, Trivia.NONE, SourceRef.NONE);
    return root.withSyntax(new RootSyntax(List.of(RootSyntax.Part.SETTING, RootSyntax.Part.SETTING), List.of(
        tierSetting, none), List.of(), List.of(), root));
  }

  private static Attr setting(String name, String value, List<String> above) {
    return new Attr(name, new Expr(value), new Trivia(above), "", SourceRef.NONE);
  }

  private static Tier fallbackTier() {
    return new Tier(FALLBACK_TIER, new Expr(ImportText.quoted(FALLBACK_TIER)), Trivia.NONE, "");
  }

  /** Stack names listed in a root local whose name mentions tier0 / tier_0 (e.g. {@code tier0_stacks}). */
  Set<String> tierZero() {
    Set<String> names = new LinkedHashSet<>();
    for (Node n : file.body().nodes()) {
      if (n instanceof Block b && b.type().equals("locals")) {
        for (Node m : b.body().nodes()) {
          if (m instanceof Attribute a && a.name().replace("_", "").contains("tier0")) {
            Matcher q = QUOTED.matcher(a.expression().text());
            while (q.find()) {
              names.add(q.group(1));
            }
          }
        }
      }
    }
    return names;
  }
}
