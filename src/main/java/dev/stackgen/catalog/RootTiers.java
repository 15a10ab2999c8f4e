package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Names;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a root file (or a committed {@code tiers.tf}) states the tiers: {@code locals { tiers = {...} }}
 * at the top level, or inside the HCL a {@code generate} block writes into every stack
 * ({@code contents = <<EOF locals { tiers = {...} } EOF}).
 */
public final class RootTiers {
  private RootTiers() {}

  /** The tiers found, what states them ({@code locals}, {@code generate "tiers"}), and the object as written. */
  public record Found(List<Tier> tiers, String origin, SourceRef source, String text) {
    public Found {
      tiers = List.copyOf(tiers);
    }

    public List<String> names() {
      return tiers.stream().map(Tier::name).toList();
    }
  }

  /** The first tiers definition among the file's top-level items, or empty. */
  public static Optional<Found> find(HclFile file) throws CatalogException {
    return find(file, file.body().nodes());
  }

  /** Like {@link #find(HclFile)}, over some of the file's top-level nodes. */
  public static Optional<Found> find(HclFile file, List<Node> nodes) throws CatalogException {
    for (Node n : nodes) {
      if (!(n instanceof Block b)) {
        continue;
      }
      if (b.type().equals(TerragruntSchema.LOCALS.name())) {
        Optional<Found> f = inLocals(file, b, b.type(), 0);
        if (f.isPresent()) {
          return f;
        }
      } else if (b.type().equals(TerragruntSchema.GENERATE.name())) {
        Optional<Found> f;
        try {
          f = inGenerate(file, b);
        } catch (CatalogException e) {
          f = Optional.empty(); // a tiers local in generated HCL that is no object of names: not the tiers map
        }
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  /** The HCL a {@code generate} block writes (its heredoc {@code contents}), or empty when that is not HCL. */
  public static Optional<HclFile> generatedHcl(HclFile file, Block generate) {
    for (Node m : generate.body().nodes()) {
      if (m instanceof Attribute a && a.name().equals("contents") && Expressions.isHeredocLiteral(a.expression())) {
        try {
          String text = Expressions.decodeString(a.expression());
          return Optional.of(HclParser.parse(text, file.fileName()));
        } catch (HclSyntaxException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> inGenerate(HclFile file, Block b) throws CatalogException {
    Optional<HclFile> inner = generatedHcl(file, b);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    int contentsLine = b.body().nodes().stream()
        .filter(m -> m instanceof Attribute a && a.name().equals("contents")).findFirst().orElseThrow().line();
    String label = b.labels().isEmpty() ? "" : " \"" + b.labels().get(0).value() + "\"";
    for (Node n : inner.get().body().nodes()) {
      if (n instanceof Block l && l.type().equals(TerragruntSchema.LOCALS.name())) {
        Optional<Found> f = inLocals(inner.get(), l, "generate" + label, contentsLine);
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> inLocals(HclFile file, Block locals, String origin, int lineOffset)
      throws CatalogException {
    for (Node m : locals.body().nodes()) {
      if (m instanceof Attribute a && a.name().equals(CatalogSchema.Name.TIERS)) {
        return Optional.of(new Found(tiers(file, a, lineOffset), origin,
            new SourceRef(file.fileName(), a.line() + lineOffset, a.column()), a.expression().text().strip()));
      }
    }
    return Optional.empty();
  }

  /** The entries of {@code tiers = { ... }} as tiers, checked (identifiers, each once, at least one). */
  static List<Tier> tiers(HclFile file, Attribute a, int lineOffset) throws CatalogException {
    List<Tier> tiers = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    ObjectEntries.Parsed parsed;
    try {
      parsed = ObjectEntries.parse(file, a.expression());
    } catch (CatalogException e) {
      throw shifted(e, lineOffset);
    }
    for (ObjectEntries.Entry e : parsed.entries()) {
      SourceRef at = new SourceRef(e.source().file(), e.source().line() + lineOffset, e.source().column());
      if (!Names.isIdentifier(e.key())) {
        throw new CatalogException(at, "tier name \"" + e.key() + "\" is not an identifier");
      }
      SourceRef first = seen.putIfAbsent(e.key(), at);
      if (first != null) {
        throw new CatalogException(at, "tier \"" + e.key() + "\" given twice (first at " + first + ")");
      }
      tiers.add(new Tier(e.key(), new Expr(e.value()), e.leading(), e.trailingComment()));
    }
    if (!parsed.closing().isEmpty() && !tiers.isEmpty()) {
      // Comments after the last tier stay below it: carried as the last tier's trailing lines.
      Tier last = tiers.remove(tiers.size() - 1);
      tiers.add(new Tier(last.name(), last.value(), last.leading(), last.trailingComment(), parsed.closing()));
    }
    if (tiers.isEmpty()) {
      throw new CatalogException(new SourceRef(file.fileName(), a.line() + lineOffset, a.column()),
          "tiers must name at least one tier");
    }
    return tiers;
  }

  private static CatalogException shifted(CatalogException e, int lineOffset) {
    if (lineOffset == 0) {
      return e;
    }
    SourceRef s = e.source();
    return new CatalogException(new SourceRef(s.file(), s.line() + lineOffset, s.column()), e.reason());
  }
}
