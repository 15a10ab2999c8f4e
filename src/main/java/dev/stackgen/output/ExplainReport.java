package dev.stackgen.output;

import dev.stackgen.hcl.Redaction;
import dev.stackgen.render.Explainer;
import java.util.List;

/** Prints where generated lines come from ({@code stackgen explain}): text lines or JSON. */
public final class ExplainReport {
  private ExplainReport() {}

  /**
   * One line per generated line: {@code path:line: catalog-file:line (template name:line)}, then the
   * generated text after a tab.
   */
  public static String text(Explainer.Explanation e, List<Explainer.Origin> lines) {
    List<String> shown = shown(e);
    StringBuilder b = new StringBuilder();
    for (Explainer.Origin o : lines) {
      b.append(e.path()).append(':').append(o.line()).append(": ").append(o.catalog());
      if (o.template() != null) {
        b.append(" (template ").append(o.template()).append(':').append(o.templateLine()).append(')');
      }
      b.append('\t').append(text(shown, o)).append('\n');
    }
    return b.toString();
  }

  /**
   * {@code {"path": ..., "lines": [{"line", "text", "catalog": {"file", "line"}, "literal", "template":
   * {"name", "line"} or null}]}}: {@code literal} is true when the catalog line holds the line's text.
   */
  public static String json(Explainer.Explanation e, List<Explainer.Origin> lines) {
    List<String> shown = shown(e);
    StringBuilder b = new StringBuilder("{\n  \"path\": ").append(Json.string(e.path())).append(",\n  \"lines\": [");
    for (int i = 0; i < lines.size(); i++) {
      Explainer.Origin o = lines.get(i);
      b.append(i == 0 ? "\n" : ",\n");
      b.append("    {\"line\": ").append(o.line())
          .append(", \"text\": ").append(Json.string(text(shown, o)))
          .append(", \"catalog\": {\"file\": ").append(Json.string(o.catalogFile()))
          .append(", \"line\": ").append(o.catalogLine()).append('}')
          .append(", \"literal\": ").append(o.literal())
          .append(", \"template\": ");
      if (o.template() == null) {
        b.append("null");
      } else {
        b.append("{\"name\": ").append(Json.string(o.template())).append(", \"line\": ").append(o.templateLine())
            .append('}');
      }
      b.append('}');
    }
    b.append(lines.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }

  /** The generated file's lines as they may be printed: sensitive defaults redacted. */
  private static List<String> shown(Explainer.Explanation e) {
    return Redaction.lines(e.lines().stream().map(Explainer.Origin::text).toList());
  }

  private static String text(List<String> shown, Explainer.Origin o) {
    return o.line() >= 1 && o.line() <= shown.size() ? shown.get(o.line() - 1) : o.text();
  }

  /**
   * The 1-based line of {@code e} that opens the heredoc default of {@code variable "name"} (line
   * {@code k} of the heredoc is file line {@code result + k}), or 0 when the file has no such variable.
   */
  public static int heredocStart(Explainer.Explanation e, String variable) {
    String opening = "variable \"" + variable + "\"";
    List<Explainer.Origin> lines = e.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().startsWith(opening)) {
        for (int j = i; j < lines.size(); j++) {
          if (lines.get(j).text().contains("<<")) {
            return j + 1;
          }
        }
      }
    }
    return 0;
  }
}
