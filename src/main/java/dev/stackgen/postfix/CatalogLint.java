package dev.stackgen.postfix;

import dev.stackgen.hcl.Redaction;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints every {@code postfix_overlay} of a catalog. Findings point at the catalog line the overlay
 * line came from, so the user is sent to what they edit, not to the generated file.
 */
public final class CatalogLint {
  private CatalogLint() {}

  public static List<Finding> lint(Catalog catalog) {
    List<Finding> findings = new ArrayList<>();
    for (Stack stack : catalog.stacks()) {
      for (PostfixOverlay overlay : stack.overlays()) {
        findings.addAll(lint(stack, overlay));
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** The findings of one overlay, at catalog positions. */
  public static List<Finding> lint(Stack stack, PostfixOverlay overlay) {
    return located(stack, overlay).stream().map(Located::finding).toList();
  }

  /** A finding with the catalog position (line and column) of the entry it concerns. */
  public record Located(SourceRef source, Finding finding) {}

  /** The first error of any overlay (in catalog order), if there is one. */
  public static java.util.Optional<Located> firstError(Catalog catalog) {
    for (Stack stack : catalog.stacks()) {
      for (PostfixOverlay overlay : stack.overlays()) {
        for (Located l : located(stack, overlay)) {
          if (l.finding().severity() == Severity.ERROR) {
            return java.util.Optional.of(l);
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static List<Located> located(Stack stack, PostfixOverlay overlay) {
    return located(stack, overlay, false);
  }

  /** The findings of one overlay at catalog positions; {@code verbose} adds the hidden info findings. */
  public static List<Finding> lint(Stack stack, PostfixOverlay overlay, boolean verbose) {
    return located(stack, overlay, verbose).stream().map(Located::finding).toList();
  }

  private static List<Located> located(Stack stack, PostfixOverlay overlay, boolean verbose) {
    PostfixOverlay.Text text = overlay.text();
    String generated = stack.name() + "/" + overlay.file();
    DmsContext context = context(overlay, generated);
    List<Located> out = new ArrayList<>();
    DmsSetup dms = overlay.dms();
    List<String> secrets = secrets(overlay);
    for (Finding f : new PostfixLinter(context, verbose).lint(generated, text.text())) {
      SourceRef at;
      if (f.file().equals(generated + OVERRIDES)) {
        at = f.line() >= 1 && f.line() <= dms.masterOverrides().size()
            ? dms.masterOverrides().get(f.line() - 1).source() : overlay.source();
      } else if (f.file().equals(generated + APPENDED)) {
        at = dms.masterAppend().map(a -> a.sourceOf(f.line())).orElse(overlay.source());
      } else if (f.file().equals(generated)) {
        at = f.line() == 0 ? overlay.source() : text.sourceOf(f.line());
      } else {
        at = overlay.source();
      }
      if (at == SourceRef.NONE) {
        at = overlay.source();
      }
      out.add(new Located(at, new Finding(f.severity(), at.file(), at.line(), f.ruleId(),
          Redaction.maskQuoted(f.message(), secrets))));
    }
    out.sort(BY_FINDING);
    return out;
  }

  private static final java.util.regex.Pattern SENSITIVE_TRUE =
      java.util.regex.Pattern.compile("(?m)^\\s*sensitive\\s*=\\s*true\\s*(#.*|//.*)?$");

  /**
   * What findings of an overlay whose variable says {@code sensitive = true} must not quote: each
   * line of its main.cf text, each value and each word of a value (findings go to CI logs).
   */
  public static List<String> secrets(PostfixOverlay overlay) {
    PostfixOverlay.VariableLayout v = overlay.layout().variable();
    if (!SENSITIVE_TRUE.matcher(v.before()).find() && !SENSITIVE_TRUE.matcher(v.after()).find()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String line : overlay.text().text().split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      out.add(line.strip());
      int eq = line.indexOf('=');
      String value = eq < 0 ? line : line.substring(eq + 1);
      out.add(value.strip());
      out.addAll(List.of(value.strip().split("[\\s,]+")));
    }
    return out;
  }

  private static final java.util.Comparator<Located> BY_FINDING = (a, b) -> Finding.ORDER.compare(a.finding(), b
      .finding());

  private static final String OVERRIDES = " (postfix-master.cf)";
  private static final String APPENDED = " (master_cf_append)";

  /** The docker-mailserver context an overlay states (environment, postfix-master.cf, appended master.cf lines). */
  public static DmsContext context(PostfixOverlay overlay, String generated) {
    // plain code, not Optional.map: runs for every overlay on every check
    DmsSetup dms = overlay.dms();
    Optional<java.util.Map<String, String>> env = dms.env().isPresent()
        ? Optional.of(dms.env().get().values()) : Optional.empty();
    Optional<DmsContext.Source> overrides = dms.masterOverrides().isEmpty() ? Optional.empty()
        : Optional.of(new DmsContext.Source(generated + OVERRIDES, dms.masterOverrideText()));
    Optional<DmsContext.Source> appended = dms.masterAppend().isPresent()
        ? Optional.of(new DmsContext.Source(generated + APPENDED, dms.masterAppend().get().text())) : Optional.empty();
    DmsContext context = DmsContext.of(Profile.load(overlay.profile()), env, overrides, appended);
    if (dms.mapTypes().isEmpty()) {
      return context;
    }
    java.util.Map<String, String> types = new java.util.LinkedHashMap<>();
    dms.mapTypes().forEach(t -> types.put(t, "map_types in the catalog"));
    return context.withMapTypes(types);
  }

  /** The effective main.cf docker-mailserver ends up with for one overlay. */
  public static Effective effective(PostfixOverlay overlay) {
    return context(overlay, overlay.file()).effective(overlay.file(), overlay.text().text());
  }
}
