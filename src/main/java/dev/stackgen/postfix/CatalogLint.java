package dev.stackgen.postfix;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import java.util.ArrayList;
import java.util.List;

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
    PostfixOverlay.Text text = overlay.text();
    String generated = stack.name() + "/" + overlay.file();
    List<Located> out = new ArrayList<>();
    for (Finding f : new PostfixLinter(Profile.load(overlay.profile())).lint(generated, text.text())) {
      SourceRef at = f.line() == 0 ? overlay.source() : text.sourceOf(f.line());
      if (at == SourceRef.NONE) {
        at = overlay.source();
      }
      out.add(new Located(at, new Finding(f.severity(), at.file(), at.line(), f.ruleId(), f.message())));
    }
    out.sort(java.util.Comparator.comparing(Located::finding, Finding.ORDER));
    return out;
  }

  /** The effective main.cf docker-mailserver ends up with for one overlay. */
  public static Effective effective(PostfixOverlay overlay) {
    return Effective.merge(Profile.load(overlay.profile()), overlay.file(), overlay.text().text());
  }
}
