package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.RootTiers;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root {@code terragrunt.hcl} (inverse of the custom root view): the {@code root} block holding
 * the file's items verbatim, the tiers it states, and the tier-0 stacks it lists.
 */
final class RootFileReader {
  /** Tier used when the repository names none. */
  static final String FALLBACK_TIER = "default";

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
   * The {@code root { ... }} block: the file's items verbatim; when the root states no tiers, those of
   * a committed tiers.tf as a catalog-only {@code tiers} attribute, else the fallback tier.
   *
   * @param committed tiers stated by a committed tiers.tf (used only when the root states none)
   */
  String rootBlock(Optional<RootTiers.Found> committed) throws HclSyntaxException {
    StringBuilder catalog = new StringBuilder(Name.ROOT + " {\n");
    if (file.body().nodes().stream().noneMatch(n -> n instanceof Block b && b.type().equals("remote_state"))) {
      // no remote_state: without this the catalog would read the root as a typed one and write its own
      catalog.append("layout = \"exact\"\n\n");
    }
    if (tiers.isEmpty() && committed.isPresent()) {
      catalog.append("# Tiers as ").append(committed.get().source().file())
          .append(" states them (catalog-only: the root file states none).\n");
      catalog.append("tiers = ").append(committed.get().text()).append("\n\n");
    } else if (tiers.isEmpty()) {
      catalog.append("# No tiers in the root file: every stack gets the fallback tier.\n");
      catalog.append("tiers = { ").append(FALLBACK_TIER).append(" = ").append(ImportText.quoted(FALLBACK_TIER))
          .append(" }\n\n");
    }
    catalog.append(ImportText.ensureNewline(ImportText.body(text, "terragrunt.hcl")));
    return catalog.append("}\n").toString();
  }

  /**
   * The {@code root { ... }} block of a hand-kept root ({@code layout = "none"}: the catalog neither writes
   * nor checks the root file): only the tiers the stacks need, catalog-only, as the root states them (else
   * as a committed tiers.tf states them, else the fallback tier).
   *
   * @param committed tiers stated by a committed tiers.tf (used only when the root states none)
   */
  String handKeptBlock(Optional<RootTiers.Found> committed) {
    StringBuilder catalog = new StringBuilder(Name.ROOT + " {\n");
    if (tiers.isPresent()) {
      catalog.append("# Catalog-only: the tiers as the root file states them.\n");
      catalog.append("tiers = ").append(tiers.get().text()).append('\n');
    } else if (committed.isPresent()) {
      catalog.append("# Catalog-only: the tiers as ").append(committed.get().source().file()).append(" states them.\n");
      catalog.append("tiers = ").append(committed.get().text()).append('\n');
    } else {
      catalog.append("# Catalog-only: the root file states no tiers, every stack gets the fallback tier.\n");
      catalog.append("tiers = { ").append(FALLBACK_TIER).append(" = ").append(ImportText.quoted(FALLBACK_TIER))
          .append(" }\n");
    }
    catalog.append("# The root file is hand-kept: generate neither writes nor checks it.\n");
    return catalog.append("layout = \"none\"\n}\n").toString();
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
