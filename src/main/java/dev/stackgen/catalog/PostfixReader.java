package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Label;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.OverlaySyntax;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code postfix_overlay "<variable>" { file = ..., profile = ..., <param> = "<value>" ... }}:
 * every attribute but the settings ({@code file}, {@code profile}, {@code heredoc},
 * {@code heredoc_indent}, {@code heredoc_close_indent}) is a Postfix parameter, in order; comments
 * become {@code #} lines of main.cf (a comment after a value goes on its own line above it, since
 * Postfix would read it as part of the value); {@code line "<exact main.cf line>" {}} is one line
 * exactly as written; {@code variable { ... default = main_cf ... }} is the variable block around the
 * heredoc, verbatim.
 */
final class PostfixReader {
  /** What {@code default} says in a {@code variable} block: the overlay's lines, as the heredoc. */
  static final String MAIN_CF = "main_cf";

  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");
  private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\\p{L}_][\\p{L}\\p{N}_-]*)");

  /** An overlay and how its block was written. */
  record Read(PostfixOverlay overlay, OverlaySyntax syntax) {}

  /**
   * An overlay inside a {@code file "<path>"} block when {@code impliedPath} is set; {@code leading} the
   * overlay's lines above it, {@code written} those lines as written (blank lines included).
   */
  static Read read(HclFile file, Block block, Trivia leading, Trivia written, String impliedPath)
      throws CatalogException {
    try {
      return new PostfixReader(file, impliedPath).readOverlay(block, leading, written, impliedPath);
    } catch (CatalogException e) {
      if (!sensitive(block)) {
        throw e;
      }
      // the overlay is the default of a sensitive variable: the error must not quote its lines
      CatalogException r = new CatalogException(e.source(), dev.stackgen.hcl.Redaction.quoted(e.reason()));
      r.setStackTrace(e.getStackTrace());
      throw r;
    }
  }

  /** Whether the overlay's {@code variable { }} block says {@code sensitive = true}. */
  private static boolean sensitive(Block overlay) {
    for (Node n : overlay.body().nodes()) {
      if (n instanceof Block b && b.type().equals(Name.VARIABLE)) {
        for (Node v : b.body().nodes()) {
          if (v instanceof Attribute a && a.name().equals(Name.SENSITIVE) && a.expression().text().strip().equals(
              "true")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // What the overlay says, filled by the binder while its body is read (one reader per overlay).
  private final HclFile file;
  private String path;
  private Integer indent;
  private Integer closeIndent;
  private Attribute heredoc;
  private PostfixOverlay.VariableLayout variableLayout;
  private String profile = PostfixOverlay.DEFAULT_PROFILE;
  private final List<PostfixOverlay.Entry> entries = new ArrayList<>();
  private final List<OverlaySyntax.Part> parts = new ArrayList<>();
  private final DmsSetupReader dms;

  private PostfixReader(HclFile file, String impliedPath) {
    this.file = file;
    this.path = impliedPath;
    this.dms = new DmsSetupReader(file);
  }

  /** The overlay's settings, docker-mailserver's parts and its blocks; every other attribute is a parameter. */
  private Binder binder(String impliedPath) {
    return new Binder(file, CatalogSchema.POSTFIX_OVERLAY)
        .attr(Name.HEREDOC_INDENT, (a, l) -> indent = spaces(file, a, Name.HEREDOC_INDENT,
            "0 for <<EOT, more for an indented <<-EOT"))
        .attr(Name.HEREDOC_CLOSE_INDENT, (a, l) -> closeIndent = spaces(file, a, Name.HEREDOC_CLOSE_INDENT,
            "before the closing delimiter"))
        .attr(Name.HEREDOC, (a, l) -> heredoc = a)
        .attr(Name.FILE, (a, l) -> {
          if (impliedPath != null) {
            throw new CatalogException(CatalogReader.ref(file, a), "postfix_overlay inside a file block takes its"
                + " file from the block");
          }
          path = Items.string(file, a);
          if (!FILE.matcher(path).matches() || path.contains("..")) {
            throw new CatalogException(Items.valueRef(file, a), "file must be a relative path to a .tf file"
                + " inside the stack folder (no '..'), got \"" + path + "\"");
          }
        })
        .attr(Name.ENV, (a, l) -> dms.env(a))
        .attr(Name.MASTER_CF_APPEND, (a, l) -> dms.append(a))
        .attr(Name.MAP_TYPES, (a, l) -> dms.mapTypes(a))
        .string(Name.PROFILE, v -> profile = v) // one of the schema's values
        .otherAttributes((a, l) -> {
          // any name HCL allows as an attribute is one postconf reads (e.g. the service-specific
          // policyd-spf_time_limit); whether Postfix knows it is lint's business (given twice: the parser's)
          SourceRef ref = CatalogReader.ref(file, a);
          if (a.trailingComment().isPresent()) {
            for (String line : postfixComment(a.trailingComment().get().text())) {
              entries.add(PostfixOverlay.Entry.comment(line, ref));
            }
          }
          entries.add(PostfixOverlay.Entry.parameter(a.name(), value(file, a), ref));
        })
        .block(Name.LINE, (b, l) -> {
          if (b.trailingComment().isPresent()) {
            for (String line : postfixComment(b.trailingComment().get().text())) {
              entries.add(PostfixOverlay.Entry.comment(line, CatalogReader.ref(file, b)));
            }
          }
          entries.add(line(file, b));
        })
        .block(Name.VARIABLE, (b, l) -> variableLayout = variableLayout(file, b)) // at most one: the schema's
        .block(Name.MASTER, (b, l) -> dms.master(b));
  }

  private Read readOverlay(Block block, Trivia leading, Trivia written, String impliedPath)
      throws CatalogException {
    SourceRef at = CatalogReader.ref(file, block);
    String variable = block.labels().get(0).value();
    if (!dev.stackgen.model.Names.isIdentifier(variable)) {
      throw new CatalogException(at, "postfix_overlay label \"" + variable + "\" is not a variable name");
    }
    Binder binder = binder(impliedPath);
    for (Node n : block.body().nodes()) {
      SourceRef ref = CatalogReader.ref(file, n);
      int before = entries.size();
      if (n instanceof BlankLine) {
        entries.add(PostfixOverlay.Entry.blank(ref));
        parts.add(new OverlaySyntax.Part(OverlaySyntax.Kind.BLANK, "", 1));
      } else if (n instanceof Comment c) {
        for (String line : postfixComment(c.text())) {
          entries.add(PostfixOverlay.Entry.comment(line, ref));
        }
        parts.add(new OverlaySyntax.Part(OverlaySyntax.Kind.COMMENT, c.text(), entries.size() - before));
      } else {
        try {
          binder.dispatch(n, Trivia.NONE); // comments and blank lines are main.cf's, read above
        } catch (HclSyntaxException e) {
          throw new IllegalStateException(e); // the overlay's readers parse nothing but catalog literals
        }
        parts.add(new OverlaySyntax.Part(OverlaySyntax.Kind.ITEM, Items.text(file, n), entries.size() - before));
      }
    }
    if (path == null) {
      throw new CatalogException(at, "postfix_overlay \"" + variable
          + "\" needs file = \"<path of the .tf file in the stack>\"");
    }
    // blank lines at the overlay's edges are not main.cf's: their parts hold no entry (only blank lines give such entries)
    for (int k = 0; !entries.isEmpty() && isBlank(entries.get(0)); k++) {
      entries.remove(0);
      while (parts.get(k).entries() == 0) {
        k++;
      }
      parts.set(k, new OverlaySyntax.Part(OverlaySyntax.Kind.BLANK, "", 0));
    }
    for (int k = parts.size() - 1; !entries.isEmpty() && isBlank(entries.get(entries.size() - 1)); k--) {
      entries.remove(entries.size() - 1);
      while (parts.get(k).entries() == 0) {
        k--;
      }
      parts.set(k, new OverlaySyntax.Part(OverlaySyntax.Kind.BLANK, "", 0));
    }
    PostfixOverlay.Heredoc h = heredoc(file, heredoc, indent, closeIndent);
    checkMargin(h, entries, at);
    PostfixOverlay.Layout layout = new PostfixOverlay.Layout(
        variableLayout == null ? PostfixOverlay.VariableLayout.TYPE_STRING : variableLayout, h);
    PostfixOverlay overlay = new PostfixOverlay(variable, path, profile, entries, leading, at, layout, dms.build());
    return new Read(overlay, new OverlaySyntax(parts, block.oneLine(), block.openComment().map(Comment::text).orElse(
        ""), block.trailingComment().map(Comment::text).orElse(""), written, overlay));
  }

  /** A {@code <<-} heredoc removes the indentation its lines share: one line must start at the margin. */
  private static void checkMargin(PostfixOverlay.Heredoc h, List<PostfixOverlay.Entry> entries, SourceRef at)
      throws CatalogException {
    List<String> lines = entries.stream().flatMap(e -> e.lines().stream()).filter(l -> !l.isBlank()).toList();
    if (h.flush() && !lines.isEmpty() && lines.stream().allMatch(l -> Character.isWhitespace(l.charAt(0)))) {
      throw new CatalogException(at, "a <<- heredoc removes the indentation its lines share: the overlay needs"
          + " at least one line that starts at the margin");
    }
  }

  /**
   * The check of {@link #read} that a value built in Java (import) can fail: a {@code <<-} heredoc keeps a line
   * at the margin. The rest (a label that is a variable name, literal values, the heredoc marker, lines
   * Postfix reads, the variable's default) the model's types hold by construction.
   */
  static void check(PostfixOverlay o) throws CatalogException {
    checkMargin(o.layout().heredoc(), o.entries(), o.source());
  }

  private static boolean isBlank(PostfixOverlay.Entry e) {
    return e.kind() == PostfixOverlay.Kind.BLANK && e.spelling() == null;
  }

  private static int spaces(HclFile file, Attribute a, String what, String hint) throws CatalogException {
    String t = a.expression().text().strip();
    if (!t.matches("[0-9]{1,2}")) {
      throw new CatalogException(Items.valueRef(file, a), what + " must be a number of spaces (" + hint
          + "), got " + Items.abbreviate(t));
    }
    return Integer.parseInt(t);
  }

  /** {@code heredoc = "<<-EOT"} with the indentation settings; the defaults keep older catalogs' output. */
  private static PostfixOverlay.Heredoc heredoc(HclFile file, Attribute a, Integer indent, Integer closeIndent)
      throws CatalogException {
    boolean flush = indent != null && indent > 0;
    String delimiter = "EOT";
    if (a != null) {
      String opening = Items.string(file, a);
      Matcher m = HEREDOC.matcher(opening);
      if (!m.matches()) {
        throw new CatalogException(Items.valueRef(file, a), "heredoc must be the opening marker, \"<<EOT\" or"
            + " \"<<-EOT\" with a delimiter of your choice, got \"" + opening + "\"");
      }
      flush = !m.group(1).isEmpty();
      delimiter = m.group(2);
      if (!flush && indent != null && indent > 0) {
        throw new CatalogException(Items.valueRef(file, a), "heredoc_indent needs a <<- heredoc (\"<<-"
            + delimiter + "\"): a << heredoc keeps its lines' indentation");
      }
    }
    return new PostfixOverlay.Heredoc(flush, delimiter, indent == null ? 0 : indent,
        closeIndent != null ? closeIndent : flush ? 2 : 0);
  }

  /** {@code line "<text>" {}}: one main.cf line exactly as written. */
  private static PostfixOverlay.Entry line(HclFile file, Block b) throws CatalogException {
    SourceRef ref = CatalogReader.ref(file, b);
    if (!b.body().nodes().isEmpty()) {
      throw new CatalogException(ref, "line \"...\" {} takes no attributes: the label is the main.cf line");
    }
    String text = b.labels().get(0).value();
    Label label = b.labels().get(0);
    SourceRef labelRef = new SourceRef(file.fileName(), label.line(), label.column());
    try {
      return PostfixOverlay.Entry.line(text, ref);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(labelRef, "line " + dev.stackgen.hcl.HclEscaper.quoted(text)
          + " is not a main.cf line Postfix reads (" + e.getMessage() + "); postconf would leave an empty main.cf");
    }
  }

  /**
   * {@code variable { ... default = main_cf ... }}: the variable block's body around the heredoc, verbatim,
   * as it stands in a variable block at depth 0 ({@link PostfixOverlay.VariableLayout}).
   */
  private static PostfixOverlay.VariableLayout variableLayout(HclFile file, Block b) throws CatalogException {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean seenDefault = false;
    for (Node n : b.body().nodes()) { // names, the one nested block (validation) and default given: the schema's
      if (n instanceof Attribute a) {
        if (a.name().equals(Name.DEFAULT)) {
          if (!a.expression().text().strip().equals(MAIN_CF) || a.trailingComment().isPresent()) {
            throw new CatalogException(Items.valueRef(file, a), "the default of an overlay variable is the"
                + " overlay: write default = " + MAIN_CF + " where the heredoc goes");
          }
          seenDefault = true;
          continue;
        }
      }
      (seenDefault ? after : before).append(Items.textAt(file, n, 2)); // as in a top-level variable block
    }
    return new PostfixOverlay.VariableLayout(ensureNewline(before.toString()), ensureNewline(after.toString()),
        b.openComment().map(Comment::text).orElse(""), b.trailingComment().map(Comment::text).orElse(""));
  }

  private static String ensureNewline(String s) {
    return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
  }

  private static String value(HclFile file, Attribute a) throws CatalogException {
    if (Expressions.isNumberLiteral(a.expression())) {
      return a.expression().text().strip();
    }
    try {
      return Expressions.decodeString(a.expression());
    } catch (HclSyntaxException e) {
      throw new CatalogException(Items.valueRef(file, a), "postfix parameter \"" + a.name()
          + "\" must be a literal string (write $${name} for a literal ${name}), got "
          + Items.abbreviate(a.expression().text()));
    }
  }

  /** A catalog comment as Postfix comment lines: {@code //} and block comments become {@code #}. */
  static List<String> postfixComment(String text) {
    List<String> out = new ArrayList<>();
    String t = text.strip();
    if (t.startsWith("/*")) {
      t = t.substring(2, t.endsWith("*/") ? t.length() - 2 : t.length());
      for (String line : t.strip().lines().toList()) {
        String s = line.strip();
        if (s.startsWith("*")) {
          s = s.substring(1).strip();
        }
        out.add(s.isEmpty() ? "#" : "# " + s);
      }
      return out;
    }
    if (t.startsWith("//")) {
      String s = t.substring(2);
      out.add(s.isBlank() ? "#" : "#" + (s.startsWith(" ") ? s : " " + s));
      return out;
    }
    out.add(t);
    return out;
  }
}
