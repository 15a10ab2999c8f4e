package dev.stackgen.render;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps every line of every owned file back to the catalog line that made it (and the template line
 * that placed it). The files are rendered a second time with {@link LineMarks} carried through the
 * views and the templates; with the marks stripped, that rendering must equal the normal one byte
 * for byte, so each mapped line is exactly a line of the real file.
 */
public final class Explainer {
  /**
   * One generated line: its 1-based number and text, the catalog file and line that made it,
   * whether that catalog line holds the line's own text ({@code literal}; otherwise the line is
   * derived from it, as {@code config_path} from a {@code dependency}), and the template and line
   * that wrote it ({@code null}/0 when no template line did).
   */
  public record Origin(int line, String text, String catalogFile, int catalogLine, boolean literal, String template,
      int templateLine) {
    /** {@code stackgen.hcl:827}. */
    public String catalog() {
      return catalogFile + ":" + catalogLine;
    }
  }

  /** The origins of every line of one owned file. */
  public record Explanation(String path, List<Origin> lines) {
    public Explanation {
      lines = List.copyOf(lines);
    }

    /** The origin of 1-based line {@code line}, if the file has it. */
    public Optional<Origin> line(int line) {
      return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }
  }

  private final Renderer plain;
  private final Renderer marked;
  private final Function<String, List<String>> catalogText;
  private final Map<String, List<String>> catalogCache = new HashMap<>();

  /**
   * {@code catalogText}: the lines of a catalog file by the name its positions carry (to find the
   * lines that are looked up by their text, such as a tier in {@code root.tiers}).
   */
  public Explainer(Templates templates, Function<String, List<String>> catalogText) {
    this.plain = new Renderer(templates);
    this.marked = new Renderer(templates.withLineMarks());
    this.catalogText = catalogText;
  }

  /** Every owned file explained, in render order, by path. */
  public Map<String, Explanation> explainAll(Catalog catalog) {
    Map<String, String> expected = new HashMap<>();
    for (GeneratedFile f : plain.render(catalog)) {
      expected.put(f.path(), f.content());
    }
    Map<String, Explanation> out = new LinkedHashMap<>();
    Boolean was = Renderer.MARKING.get();
    Renderer.MARKING.set(Boolean.TRUE);
    try {
      if (!catalog.root().handKept()) {
        add(out, expected, marked.renderRoot(catalog), catalog.root().source());
      }
      for (Stack s : catalog.stacks()) {
        for (GeneratedFile f : marked.renderStack(catalog, s)) {
          add(out, expected, f, s.source());
        }
      }
      for (SharedFile f : catalog.shared()) {
        add(out, expected, marked.renderShared(catalog, f), f.source());
      }
      for (StackConfig f : catalog.stackFiles()) {
        add(out, expected, marked.renderStackFile(catalog, f), f.source());
      }
    } finally {
      Renderer.MARKING.set(was);
    }
    return out;
  }

  /** The owned file at {@code path} explained, if the catalog owns it. */
  public Optional<Explanation> explain(Catalog catalog, String path) {
    return Optional.ofNullable(explainAll(catalog).get(path));
  }

  private void add(Map<String, Explanation> out, Map<String, String> expected, GeneratedFile f, SourceRef owner) {
    String content = f.content();
    List<LineMarks.Line> lines = new ArrayList<>();
    StringBuilder stripped = new StringBuilder(content.length());
    int start = 0;
    while (start < content.length()) {
      int nl = content.indexOf('\n', start);
      int end = nl < 0 ? content.length() : nl;
      LineMarks.Line line = LineMarks.parse(content.substring(start, end));
      lines.add(line);
      stripped.append(line.text());
      if (nl >= 0) {
        stripped.append('\n');
      }
      start = end + 1;
    }
    String want = expected.get(f.path());
    if (want == null || !want.contentEquals(stripped)) {
      throw new IllegalStateException("explaining " + f.path() + ": the marked rendering differs from the file");
    }
    List<Origin> origins = new ArrayList<>(lines.size());
    Origin previous = null;
    for (int i = 0; i < lines.size(); i++) {
      LineMarks.Line line = lines.get(i);
      LineMarks.Mark catalogMark = null;
      LineMarks.Mark templateMark = null;
      for (LineMarks.Mark m : line.marks()) {
        if (m.kind() == LineMarks.Kind.TEMPLATE) {
          templateMark = m;
        } else if (catalogMark == null) {
          catalogMark = m;
        }
      }
      String template = templateMark != null ? templateMark.file() : previous == null ? null : previous.template();
      int templateLine = templateMark != null ? templateMark.line() : previous == null ? 0 : previous.templateLine();
      String file;
      int at;
      boolean literal;
      if (catalogMark == null) {
        boolean fromOwner = previous == null || line.text().isBlank() || previous.text().isBlank();
        file = fromOwner ? owner.file() : previous.catalogFile();
        at = fromOwner ? owner.line() : previous.catalogLine();
        literal = false;
      } else if (catalogMark.kind() == LineMarks.Kind.SEARCH) {
        file = catalogMark.file();
        at = find(file, catalogMark.line(), catalogMark.key());
        literal = at > 0 && catalogMark.key().equals(squeeze(line.text()));
        at = at > 0 ? at : catalogMark.line();
      } else if (catalogMark.kind() == LineMarks.Kind.COMMENT) {
        file = catalogMark.file();
        at = near(file, catalogMark.line(), catalogMark.key());
        literal = at > 0;
        at = at > 0 ? at : catalogMark.line();
      } else {
        file = catalogMark.file();
        at = catalogMark.line();
        literal = catalogMark.kind() == LineMarks.Kind.LITERAL;
      }
      previous = new Origin(i + 1, line.text(), file, at, literal, template, templateLine);
      origins.add(previous);
    }
    out.put(f.path(), new Explanation(f.path(), origins));
  }

  /** Line {@code expected} of {@code file} if it holds {@code key}, else the nearest line above, then below, that does; or 0. */
  private int near(String file, int expected, String key) {
    List<String> text = catalogCache.computeIfAbsent(file, catalogText);
    if (text == null) {
      return 0;
    }
    for (int i = Math.min(expected, text.size()); i >= 1; i--) {
      if (squeeze(text.get(i - 1)).contains(key)) {
        return i;
      }
    }
    return find(file, expected, key);
  }

  /** The first line at or after {@code from} of catalog {@code file} that holds {@code key} (spaces ignored), or 0. */
  private int find(String file, int from, String key) {
    List<String> text = catalogCache.computeIfAbsent(file, catalogText);
    if (text == null) {
      return 0;
    }
    for (int i = Math.max(from, 1); i <= text.size(); i++) {
      if (squeeze(text.get(i - 1)).contains(key)) {
        return i;
      }
    }
    return 0;
  }

  /** {@code s} without white space: how a line is compared with a catalog line that the formatter re-spaced. */
  public static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
