package dev.stackgen.importer;

import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * One candidate's catalog block as a file reader built it, with where each of its lines comes from in
 * the repository file the candidate holds (the reader knows the source node it printed each item from).
 * Import checks the candidate's value (or, without one, its text read on its own); an error is placed by the
 * check of every candidate's text as a source of its own, named by the file it holds: a catalog error names
 * its candidate by that name, and {@link #origin} turns the error's line in the block into the line of the
 * repository file, without looking at the error's text ({@link ImportedCatalog}).
 *
 * <p>The block holds at most one model value, built by its reader from the file's nodes and equal to what
 * {@code text} reads back (source positions aside): a stack, a shared file or a stack file; none when the
 * reader built none (its text, read on its own, then says why the catalog cannot hold it).
 *
 * @param text the block in canonical form
 * @param anchors where each run of block lines starts and what it was printed from, in block order
 * @param value the stack the block holds as a model value, or null
 * @param shared the {@code shared} block it holds as a model value, or null
 * @param stackFile the {@code stack_file} block it holds as a model value, or null
 * @param lineOffset lines of the repository file above the text the value was built from (leading blank lines,
 *     the generated header): a value's position plus this is the file's line
 */
record CandidateBlock(String text, List<Anchor> anchors, Stack value, SharedFile shared, StackConfig stackFile,
    int lineOffset) {
  CandidateBlock {
    anchors = List.copyOf(anchors);
    if ((value != null ? 1 : 0) + (shared != null ? 1 : 0) + (stackFile != null ? 1 : 0) > 1) {
      throw new IllegalArgumentException("a candidate block holds one value");
    }
  }

  /** A block holding a stack (or, null, no value) built from the file's first line on. */
  CandidateBlock(String text, List<Anchor> anchors, Stack value) {
    this(text, anchors, value, null, null, 0);
  }

  /** A block its reader built as text only (no model value). */
  CandidateBlock(String text, List<Anchor> anchors) {
    this(text, anchors, null);
  }

  /** Whether the block holds a model value (of any kind). */
  boolean hasValue() {
    return value != null || shared != null || stackFile != null;
  }

  /**
   * A run of block lines from {@code blockLine} on, printed from the source node at {@code
   * sourceLine}:{@code sourceColumn} ({@code sourceLine} 0: the reader's own text, no source).
   */
  record Anchor(int blockLine, int sourceLine, int sourceColumn) {
    boolean fromSource() {
      return sourceLine != 0;
    }
  }

  /** A block with no line from the repository file (it is all catalog settings). */
  static CandidateBlock of(String text) {
    return new CandidateBlock(HclFormatter.format(text), List.of());
  }

  /**
   * The position in {@code file} of the catalog error at {@code at} (a position in this block): the
   * source node's line for an error on the first line of an item, the line that far into the node for a
   * line inside it (columns less the catalog's two-space block indent), else the file's first line.
   */
  SourceRef origin(String file, SourceRef at) {
    Anchor best = null;
    for (Anchor a : anchors) {
      if (a.blockLine() <= at.line()) {
        best = a;
      }
    }
    if (best == null || !best.fromSource()) {
      return new SourceRef(file, 1, 1);
    }
    int into = at.line() - best.blockLine();
    return into == 0 ? new SourceRef(file, best.sourceLine(), best.sourceColumn())
        : new SourceRef(file, best.sourceLine() + into, Math.max(1, at.column() - 2));
  }

  /**
   * The position in {@code file} of the error at {@code at}, a position of this block's value (a line of the
   * text it was built from): that line of the file; the value's own position (line 1, column 1: the stack, the
   * shared or stack file as a whole) is the file's first line.
   */
  SourceRef valueOrigin(String file, SourceRef at) {
    return at.line() <= 1 && at.column() <= 1 ? new SourceRef(file, 1, 1)
        : new SourceRef(file, at.line() + lineOffset, at.column());
  }

  /** Builds a block's text line by line, noting where the lines printed from source nodes start. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Anchor> anchors = new ArrayList<>();
    private int line = 1;

    /** Catalog text of the reader's own (settings, module and file blocks): no line of the source file. */
    Builder append(String s) {
      if (!s.isEmpty() && (anchors.isEmpty() || anchors.get(anchors.size() - 1).fromSource())) {
        anchors.add(new Anchor(line, 0, 0));
      }
      return add(s);
    }

    /** Text printed from the source node at {@code sourceLine}:{@code sourceColumn}. */
    Builder append(String s, int sourceLine, int sourceColumn) {
      if (!s.isEmpty()) {
        anchors.add(new Anchor(line, sourceLine, sourceColumn));
      }
      return add(s);
    }

    private Builder add(String s) {
      text.append(s);
      line += (int) s.chars().filter(c -> c == '\n').count();
      return this;
    }

    /** The text so far. */
    String text() {
      return text.toString();
    }

    /** The block, formatted (the formatter keeps every line where it is). */
    CandidateBlock build() {
      return build(null);
    }

    /** The block, formatted, with the stack it holds as a model value (or null) built from the file's line 1 on. */
    CandidateBlock build(Stack value) {
      return build(value, 0);
    }

    /** The block, formatted, with the stack it holds as a model value (or null); see {@link #lineOffset}. */
    CandidateBlock build(Stack value, int lineOffset) {
      return new CandidateBlock(HclFormatter.format(text.toString()), anchors, value, null, null, lineOffset);
    }
  }
}
