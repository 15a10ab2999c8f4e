package dev.stackgen;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclSource;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Suggestions;
import dev.stackgen.output.ExplainReport;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.postfix.DmsContext;
import dev.stackgen.postfix.DmsStartup;
import dev.stackgen.postfix.Effective;
import dev.stackgen.postfix.Finding;
import dev.stackgen.postfix.MasterCf;
import dev.stackgen.postfix.PostfixLinter;
import dev.stackgen.postfix.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Postfix runs behind {@link Stackgen}: the lint of a catalog's overlays or of a plain main.cf fragment,
 * and the main.cf docker-mailserver ends up with (with master.cf), for either.
 */
final class Postfixes {
  private Postfixes() {}

  /** The catalog without the Postfix lint check (lint errors are findings here); warnings to {@code warnings}. */
  private static Catalog unlinted(Path repo, Consumer<String> warnings) throws IOException, StackgenException {
    Catalog catalog;
    try {
      catalog = CatalogReader.readUnlinted(repo);
    } catch (CatalogException e) {
      throw StackgenException.of(e);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
    catalog.warnings().forEach(w -> warnings.accept(w.toString()));
    return catalog;
  }

  private static void requireStack(Catalog catalog, Optional<String> stack) throws UnknownStackException {
    if (stack.isPresent() && catalog.stack(stack.get()).isEmpty()) {
      throw new UnknownStackException(stack.get(), Suggestions.didYouMean(stack.get(),
          catalog.stacks().stream().map(Stack::name).toList()));
    }
  }

  static List<Finding> lint(Path repo, Optional<String> stack, boolean verbose, Consumer<String> warnings)
      throws IOException, StackgenException {
    Catalog catalog = unlinted(repo, warnings);
    requireStack(catalog, stack);
    List<Finding> findings = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      if (stack.isEmpty() || s.name().equals(stack.get())) {
        for (PostfixOverlay o : s.overlays()) {
          findings.addAll(CatalogLint.lint(s, o, verbose));
        }
      }
    }
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }

  static List<Finding> lint(Path fragment, PostfixOptions options) throws IOException, StackgenException {
    Fragment f = fragment(fragment, options);
    return new PostfixLinter(f.context(), options.verbose()).lint(fragment.toString(), f.text());
  }

  static PostfixEffective effective(Path fragment, PostfixOptions options) throws IOException, StackgenException {
    Fragment f = fragment(fragment, options);
    Effective effective = f.context().effective(fragment.toString(), f.text());
    return new PostfixEffective(List.of(overlay("", fragment.toString(), "", effective, f.context(),
        options.origins(), Effective.Origin::toString)), Optional.empty());
  }

  static PostfixEffective effective(Path repo, Optional<String> stack, boolean origins, RunOptions options)
      throws IOException, StackgenException {
    Catalog catalog = unlinted(repo, options.warnings());
    requireStack(catalog, stack);
    List<PostfixEffective.Overlay> out = new ArrayList<>();
    for (Stack s : catalog.stacks()) {
      if (stack.isPresent() && !s.name().equals(stack.get())) {
        continue;
      }
      for (PostfixOverlay o : s.overlays()) {
        DmsContext context = CatalogLint.context(o, o.file());
        Effective effective = context.effective(o.file(), o.text().text());
        out.add(overlay(s.name(), o.file(), o.variable(), effective, context, origins,
            origins ? overlayOrigins(repo, catalog, s, o, options) : Effective.Origin::toString));
      }
    }
    if (out.isEmpty()) {
      List<String> with = catalog.stacks().stream().filter(s -> !s.overlays().isEmpty()).map(Stack::name).toList();
      return new PostfixEffective(out, Optional.of(with.isEmpty() ? "the catalog has no postfix_overlay"
          : "stack \"" + stack.orElse("") + "\" has no postfix_overlay (stacks with one: " + String.join(", ", with)
              + ")"));
    }
    return new PostfixEffective(out, Optional.empty());
  }

  private static PostfixEffective.Overlay overlay(String stack, String file, String variable, Effective effective,
      DmsContext context, boolean origins, Function<Effective.Origin, String> describe) {
    MasterCf master = context.finalMaster();
    Optional<String> fatal = master.fatal().map(p -> p.where() + ": postconf rejects this master.cf entry (fatal: "
        + p.message() + ")");
    String masterText;
    if (origins) {
      StringBuilder b = new StringBuilder();
      master.services().forEach(s -> b.append("# ").append(s.where()).append('\n').append(s.render()).append('\n'));
      masterText = b.toString();
    } else {
      masterText = master.render();
    }
    return new PostfixEffective.Overlay(stack, file, variable,
        origins ? effective.renderWithOrigins(describe) : effective.render(), masterText, master.renderParameters(),
        fatal);
  }

  /**
   * How an origin of a catalog overlay is printed: an overlay line as the generated file's whole
   * repository-relative path and real line, with the catalog line that makes it; others as they are.
   */
  private static Function<Effective.Origin, String> overlayOrigins(Path repo, Catalog catalog, Stack s,
      PostfixOverlay o, RunOptions options) {
    String path = catalog.settings().stackDir(s.name()) + o.file();
    int start;
    try {
      Stackgen sg = Stackgen.of(repo, catalog);
      if (options.templates().isPresent()) {
        sg = sg.withTemplates(options.templates().get());
      }
      start = sg.explain(path).map(e -> ExplainReport.heredocStart(e, o.variable())).orElse(0);
    } catch (Exception e) {
      start = 0;
    }
    int at = start;
    PostfixOverlay.Text text = o.text();
    return origin -> {
      if (!origin.overlay() || origin.line() == 0) {
        return origin.toString();
      }
      SourceRef src = text.sourceOf(origin.line());
      String catalogLine = src.line() > 0 ? " (catalog " + src.file() + ":" + src.line() + ")" : "";
      return (at > 0 ? path + ":" + (at + origin.line()) : path + " overlay line " + origin.line()) + catalogLine;
    };
  }

  /** A fragment read, with the docker-mailserver context the options describe. */
  private record Fragment(DmsContext context, String text) {}

  private static Fragment fragment(Path file, PostfixOptions o) throws IOException, StackgenException {
    if (!Profile.KNOWN.contains(o.profile())) {
      throw new InvalidRequestException("--profile " + o.profile() + ": unknown (known: "
          + String.join(", ", Profile.KNOWN) + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidRequestException("--file " + file + ": no such file");
    }
    if (o.environment().isPresent()) {
      for (String name : o.environment().get().keySet()) {
        if (!DmsStartup.isKnown(name)) {
          String best = Suggestions.closest(name, new ArrayList<>(new TreeSet<>(DmsSetup.VARIABLES)),
              Math.max(2, name.length() / 4));
          throw new InvalidRequestException("--env " + name + ": not a docker-mailserver " + DmsSetup.DMS_VERSION
              + " variable" + (best == null ? "" : " (did you mean " + best + "?)"));
        }
      }
    }
    Optional<DmsContext.Source> override = source(o.masterOverride(), "master-override");
    Optional<DmsContext.Source> append = source(o.masterAppend(), "master-file");
    DmsContext context;
    try {
      context = DmsContext.of(Profile.load(o.profile()), o.environment(), override, append);
      context = context.withMapTypes(mapTypes(o.mapTypes(), file));
      return new Fragment(context, HclSource.decode(Files.readAllBytes(file), file.toString()));
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  /** The map types asked for, then the types a {@code user-patches.sh} beside the file installs. */
  private static Map<String, String> mapTypes(List<String> asked, Path file) throws IOException, StackgenException,
      HclSyntaxException {
    Map<String, String> types = new LinkedHashMap<>();
    for (String t : asked) {
      if (!t.matches("[a-z][a-z0-9]*")) {
        throw new InvalidRequestException("--map-type " + t
            + ": not a Postfix map type (as postconf -m lists them, e.g. pgsql)");
      }
      types.putIfAbsent(t, "--map-type " + t);
    }
    Path dir = file.toAbsolutePath().getParent();
    Path patches = dir == null ? null : dir.resolve("user-patches.sh");
    if (patches != null && Files.isRegularFile(patches)) {
      Path shown = file.getParent() == null ? Path.of("user-patches.sh") : file.getParent().resolve("user-patches.sh");
      DmsContext.mapTypesInstalledBy(shown.toString(), HclSource.decode(Files.readAllBytes(patches),
          patches.toString())).forEach(types::putIfAbsent);
    }
    return types;
  }

  private static Optional<DmsContext.Source> source(Optional<Path> file, String option) throws IOException,
      StackgenException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path p = file.get();
    if (!Files.isRegularFile(p)) {
      throw new InvalidRequestException("--" + option + " " + p + ": no such file");
    }
    try {
      return Optional.of(new DmsContext.Source(p.toString(), HclSource.decode(Files.readAllBytes(p), p.toString())));
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  /** Lints a fragment with a profile only (the older call: an unknown profile says so in its own words). */
  static List<Finding> lint(Path fragment, String profile) throws IOException, StackgenException {
    if (!Profile.KNOWN.contains(profile)) {
      throw new StackgenException("unknown Postfix lint profile " + profile + " (known: "
          + String.join(", ", Profile.KNOWN) + ")", Optional.empty(), null);
    }
    try {
      return dev.stackgen.postfix.PostfixLint.lintFragment(fragment, profile);
    } catch (HclSyntaxException e) {
      throw StackgenException.of(e);
    }
  }

  /** The effective main.cf of each overlay of {@code stack} of an instance's catalog. */
  static List<String> effective(Catalog catalog, String stack) {
    Stack s = catalog.stack(stack).orElseThrow(() -> new IllegalArgumentException("no such stack in the catalog: "
        + stack));
    List<String> out = new ArrayList<>();
    for (PostfixOverlay o : s.overlays()) {
      out.add(CatalogLint.effective(o).render());
    }
    return List.copyOf(out);
  }
}
