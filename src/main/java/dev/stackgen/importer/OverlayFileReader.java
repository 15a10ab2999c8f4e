package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.StackFile;
import java.util.List;

/**
 * Other {@code .tf} files of a stack holding the Postfix overlay (inverse of the overlay file view):
 * {@link OverlayImporter} reads the {@code file "<path>"} block's model value (the overlay typed line by
 * line, every other item verbatim in place), a stack holding that value is checked as the catalog reader
 * checks a file block ({@link StackBlocks#withFiles}) and rendered as it is, and the block is kept only when
 * it renders the file exactly; the catalog writer prints it ({@code CatalogWriter.fileBlock}) for the
 * candidate's text, which nothing here reads back.
 *
 * <p>Of the reader's checks on catalog text, those the model's types hold by construction (literal values,
 * heredoc markers, main.cf lines) are not made again; the schema's check of the verbatim items (block type,
 * label count) is made on each item's key, and only for a value it refuses is the block's text read, to word
 * the reason as before ({@link StackBlocks#withFiles}: a narrow text fallback, never on the way to a kept
 * block).
 */
final class OverlayFileReader {
  private final StackProbe probe;

  OverlayFileReader(StackProbe probe) {
    this.probe = probe;
  }

  /**
   * The {@code file} block (null when the file stays hand-written, with the reason) and its catalog text,
   * the overlay variables it types and the main.cf variables it keeps verbatim ({@code line N: ...}).
   */
  record Outcome(StackFile file, String block, List<String> overlays, List<String> verbatim, String reason) {
    Outcome {
      overlays = List.copyOf(overlays);
      verbatim = List.copyOf(verbatim);
    }
  }

  /**
   * Reads one overlay file.
   *
   * @param text the file as the catalog holds it (header line removed when the catalog writes it,
   *     {@code lineOffset} lines)
   */
  Outcome fileBlock(OverlayImporter importer, String name, String tier, String inStack, String text,
      int lineOffset, String path, String original) {
    // the values are built from the file in canonical form (what the catalog block holds; same lines), so
    // that they are the stack's file block as its catalog text reads back, as StackFileReader's are
    OverlayImporter.FileResult r = importer.read(inStack, canonicalOrAsIs(text, path), lineOffset)
        .orElseThrow(() -> new IllegalStateException(path + " holds no main.cf variable"));
    if (r.file() == null) {
      return new Outcome(null, null, List.of(), r.verbatim(), r.reason());
    }
    String canonical = HclFormatter.format(original, path);
    StackProbe.Rendering rendering;
    try {
      rendering = probe.render(StackBlocks.withFiles(name, tier, List.of(r.file()), probe.rootDeclared()), path);
    } catch (CatalogException e) {
      rendering = new StackProbe.Rendering(null, e.reason());
    } catch (IllegalArgumentException e) {
      rendering = new StackProbe.Rendering(null, e.getMessage());
    }
    if (canonical.equals(rendering.content())) {
      return new Outcome(r.file(), CatalogWriter.fileBlock(r.file()), r.overlays(), r.verbatim(), null);
    }
    return new Outcome(null, null, List.of(), r.verbatim(), rendering.content() == null
        ? "the postfix_overlay written for it is refused: " + rendering.error()
        : "the overlay file does not regenerate exactly: " + FirstDifference.describe(canonical, rendering.content()));
  }

  /** {@code text} in canonical form, or as it is when it is no HCL (the importer says why). */
  private static String canonicalOrAsIs(String text, String path) {
    try {
      return HclFormatter.format(text, path);
    } catch (RuntimeException e) {
      return text;
    }
  }
}
