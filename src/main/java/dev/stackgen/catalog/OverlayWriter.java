package dev.stackgen.catalog;

import static dev.stackgen.catalog.BlockText.INDENT;
import static dev.stackgen.catalog.BlockText.trivia;
import static dev.stackgen.catalog.BlockText.verbatim;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.FileSyntax;
import dev.stackgen.model.Names;
import dev.stackgen.model.OverlaySyntax;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.Trivia;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a stack's {@code postfix_overlay} and {@code file} blocks from their model values: each part of an
 * overlay as it was written ({@link OverlaySyntax}) while its entries are those read from it, entries
 * changed since (and an overlay built in Java or changed in its settings) in the canonical form:
 * {@code file}, {@code profile}, docker-mailserver's parts, the heredoc settings and {@code variable} block
 * where not at their default, a blank line, then each entry ({@code name = "value"}, a {@code #} comment,
 * a blank line, or {@code line "<text>" {}} for a line with its own spelling or a name HCL cannot write as
 * an attribute). Part of {@link CatalogWriter}.
 */
final class OverlayWriter {
  private OverlayWriter() {}

  /** An attribute's name at the start of an item as written. */
  private static final Pattern ATTRIBUTE = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_-]*)\\s*=[^=]");

  /**
   * A {@code postfix_overlay} block at {@code indent} with the lines above it; {@code syntax} how it was
   * written (null: none), {@code inFile} inside a file block (which gives its file).
   */
  static void overlay(StringBuilder out, PostfixOverlay o, OverlaySyntax syntax, boolean inFile, String indent) {
    Trivia leading = o.leading();
    if (syntax != null && o.leading().equals(syntax.asRead().leading())) {
      leading = syntax.leading();
    } else if (!inFile && (leading.isEmpty() || !leading.lines().get(0).isEmpty())) {
      List<String> lines = new java.util.ArrayList<>(List.of(""));
      lines.addAll(leading.lines());
      leading = new Trivia(lines);
    }
    trivia(out, leading, indent);
    out.append(indent).append(Name.POSTFIX_OVERLAY).append(' ').append(HclEscaper.quoted(o.variable())).append(" {");
    String in = indent + INDENT;
    if (syntax != null && syntax.fits(o)) {
      asWritten(out, o, syntax, in, indent);
      return;
    }
    out.append('\n');
    canonicalSettings(out, o, inFile, in);
    if (!o.entries().isEmpty()) {
      out.append('\n');
    }
    entries(out, o.entries(), in, new HashSet<>());
    out.append(indent).append("}\n");
  }

  /**
   * The block's parts as written while their entries are those read: the parts before the first entry
   * changed since and after the last, matched by their entries; the entries between (changed, added or
   * removed) in the canonical form, where the first part they replace was (after the last entry written
   * as read when they are all added at the end).
   */
  private static void asWritten(StringBuilder out, PostfixOverlay o, OverlaySyntax syntax, String in, String indent) {
    List<OverlaySyntax.Part> parts = syntax.parts();
    List<PostfixOverlay.Entry> now = o.entries();
    List<PostfixOverlay.Entry> read = syntax.asRead().entries();
    int prefix = 0;
    while (prefix < now.size() && prefix < read.size() && now.get(prefix).sameLine(read.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < now.size() - prefix && suffix < read.size() - prefix && now.get(now.size() - 1 - suffix)
        .sameLine(read.get(read.size() - 1 - suffix))) {
      suffix++;
    }
    // to part boundaries: a part is written as read only when all its entries are
    int e = 0;
    int asReadBefore = 0;
    int lastHolding = -1;
    for (int k = 0; k < parts.size(); k++) {
      int n = parts.get(k).entries();
      if (n > 0 && e + n <= prefix) {
        asReadBefore = e + n;
      }
      if (n > 0) {
        lastHolding = k;
      }
      e += n;
    }
    int asReadAfter = read.size();
    e = read.size();
    for (int k = parts.size() - 1; k >= 0; k--) {
      int n = parts.get(k).entries();
      if (n > 0 && e - n >= read.size() - suffix && e - n >= asReadBefore) {
        asReadAfter = e - n;
      } else if (n > 0) {
        break;
      }
      e -= n;
    }
    boolean changed = asReadBefore != read.size() || asReadAfter != read.size() || now.size() != read.size();
    List<PostfixOverlay.Entry> between = now.subList(asReadBefore, now.size() - (read.size() - asReadAfter));
    if (syntax.oneLine() && parts.size() <= 1 && !changed && (parts.isEmpty() || parts.get(0)
        .kind() == OverlaySyntax.Kind.ITEM)) {
      out.append(parts.isEmpty() ? "" : " " + parts.get(0).text() + " ").append('}').append(comment(syntax
          .trailingComment())).append('\n');
      return;
    }
    out.append(comment(syntax.openComment())).append('\n');
    Set<String> typed = new HashSet<>(); // HCL takes an attribute once: a name written as one stays taken
    e = 0;
    for (OverlaySyntax.Part p : parts) {
      if (p.kind() == OverlaySyntax.Kind.ITEM && (e + p.entries() <= asReadBefore || e >= asReadAfter)) {
        Matcher m = ATTRIBUTE.matcher(p.text());
        if (m.find()) {
          typed.add(m.group(1));
        }
      }
      e += p.entries();
    }
    e = 0;
    boolean written = false;
    for (int k = 0; k < parts.size(); k++) {
      OverlaySyntax.Part p = parts.get(k);
      boolean replaced = p.entries() > 0 && e >= asReadBefore && e + p.entries() <= asReadAfter;
      if (!written && (replaced || p.entries() > 0 && e >= asReadAfter || k > lastHolding)) {
        entries(out, between, in, typed);
        written = true;
      }
      if (!replaced) {
        switch (p.kind()) {
          case BLANK -> out.append('\n');
          case COMMENT -> trivia(out, new Trivia(List.of(p.text().split("\n", -1))), in);
          case ITEM -> out.append(in).append(p.text()).append('\n');
          default -> throw new IllegalStateException(p.kind().toString());
        }
      }
      e += p.entries();
    }
    if (!written) {
      entries(out, between, in, typed);
    }
    out.append(indent).append('}').append(comment(syntax.trailingComment())).append('\n');
  }

  private static String comment(String c) {
    return c.isEmpty() ? "" : " " + c;
  }

  /** The settings, docker-mailserver's parts and the variable block, where not at their default. */
  private static void canonicalSettings(StringBuilder out, PostfixOverlay o, boolean inFile, String in) {
    if (!inFile) {
      out.append(in).append(Name.FILE).append(" = ").append(HclEscaper.quoted(o.file())).append('\n');
    }
    out.append(in).append(Name.PROFILE).append(" = ").append(HclEscaper.quoted(o.profile())).append('\n');
    DmsSetup dms = o.dms();
    dms.env().ifPresent(env -> {
      out.append(in).append(Name.ENV).append(" = {");
      if (!env.values().isEmpty()) {
        out.append('\n');
        env.values().forEach((k, v) -> out.append(in + INDENT).append(k).append(" = ").append(HclEscaper.quoted(v))
            .append('\n'));
        out.append(in);
      }
      out.append("}\n");
    });
    dms.masterAppend().ifPresent(a -> out.append(in).append(Name.MASTER_CF_APPEND).append(" = ").append(string(a
        .text())));
    if (!dms.mapTypes().isEmpty()) {
      out.append(in).append(Name.MAP_TYPES).append(" = [").append(String.join(", ", dms.mapTypes().stream().map(
          HclEscaper::quoted).toList())).append("]\n");
    }
    PostfixOverlay.Heredoc h = o.layout().heredoc();
    if (!h.delimiter().equals("EOT") || h.flush() != (h.indent() > 0)) {
      out.append(in).append(Name.HEREDOC).append(" = ").append(HclEscaper.quoted(h.opening())).append('\n');
    }
    if (h.indent() > 0) {
      out.append(in).append(Name.HEREDOC_INDENT).append(" = ").append(h.indent()).append('\n');
    }
    if (h.closeIndent() != (h.flush() ? 2 : 0)) {
      out.append(in).append(Name.HEREDOC_CLOSE_INDENT).append(" = ").append(h.closeIndent()).append('\n');
    }
    PostfixOverlay.VariableLayout v = o.layout().variable();
    if (!v.equals(PostfixOverlay.VariableLayout.TYPE_STRING)) {
      out.append(in).append(Name.VARIABLE).append(" {").append(comment(v.openComment())).append('\n')
          .append(v.before()).append(in + INDENT).append(Name.DEFAULT).append(" = ").append(PostfixReader.MAIN_CF)
          .append('\n').append(v.after()).append(in).append('}').append(comment(v.trailingComment())).append('\n');
    }
    String label = null;
    for (DmsSetup.MasterOverride m : dms.masterOverrides()) {
      String l = m.service() + "/" + m.type();
      if (!l.equals(label)) {
        if (label != null) {
          out.append(in).append("}\n");
        }
        out.append(in).append(Name.MASTER).append(' ').append(HclEscaper.quoted(l)).append(" {\n");
        label = l;
      }
      out.append(in + INDENT).append(m.parameter()).append(" = ").append(HclEscaper.quoted(m.value())).append('\n');
    }
    if (label != null) {
      out.append(in).append("}\n");
    }
  }

  /** A string value and its line break: a heredoc for whole lines, else a quoted string. */
  private static String string(String value) {
    if (value.indexOf('\n') < 0 || !value.endsWith("\n") || value.indexOf('\r') >= 0) {
      return HclEscaper.quoted(value) + "\n";
    }
    String body = HclEscaper.heredocBody(value);
    String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
    return "<<" + delimiter + "\n" + body + delimiter + "\n";
  }

  /**
   * A parameter's value and its line break: a quoted string on one line; whole lines as a heredoc, an
   * indented {@code <<-} one at the attribute's depth when no line starts with whitespace and none but the
   * first is empty (the value renders the lines after the first with Postfix's customary four spaces),
   * else a {@code <<} one.
   */
  private static String parameter(String value, String in) {
    List<String> lines = List.of(value.split("\n", -1));
    if (value.indexOf('\n') < 0 || !value.endsWith("\n") || value.indexOf('\r') >= 0 || !lines.get(0).isEmpty()
        && Character.isWhitespace(lines.get(0).charAt(0)) || lines.subList(1, lines.size() - 1).stream().anyMatch(
            l -> l.isEmpty() || Character.isWhitespace(l.charAt(0)))) {
      return string(value);
    }
    StringBuilder flush = new StringBuilder();
    for (String l : lines.subList(0, lines.size() - 1)) {
      flush.append(l.isEmpty() ? "" : in + INDENT + l).append('\n');
    }
    String body = HclEscaper.heredocBody(flush.toString());
    String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
    return "<<-" + delimiter + "\n" + body + in + delimiter + "\n";
  }

  /** Entries in the canonical form; {@code typed} the names already written as attributes (filled). */
  private static void entries(StringBuilder out, List<PostfixOverlay.Entry> entries, String in, Set<String> typed) {
    for (PostfixOverlay.Entry e : entries) {
      if (e.spelling() != null) {
        line(out, e.spelling(), in);
        continue;
      }
      switch (e.kind()) {
        case PARAMETER -> {
          if (Names.isIdentifier(e.name()) && !CatalogSchema.POSTFIX_OVERLAY.attrs().containsKey(e.name())
              && !CatalogSchema.POSTFIX_OVERLAY.blocks().containsKey(e.name()) && typed.add(e.name())) {
            out.append(in).append(e.name()).append(" = ").append(parameter(e.value(), in));
          } else {
            e.lines().forEach(l -> line(out, l, in)); // the same main.cf lines
          }
        }
        case COMMENT -> {
          for (String l : e.comment().split("\n", -1)) {
            if (l.startsWith("#") && l.equals(l.strip())) {
              out.append(in).append(l).append('\n');
            } else {
              line(out, l, in);
            }
          }
        }
        default -> out.append('\n');
      }
    }
  }

  private static void line(StringBuilder out, String text, String in) {
    out.append(in).append(Name.LINE).append(' ').append(HclEscaper.quoted(text)).append(" {}\n");
  }

  /**
   * A stack's {@code file "<path>"} block at {@code indent}: as written where {@code syntax} says (null: none),
   * with the lines above it ({@code syntax}'s, else a blank line) when {@code above}.
   */
  static void file(StringBuilder out, StackFile f, FileSyntax syntax, String indent, boolean above) {
    if (above) {
      trivia(out, syntax != null ? syntax.leading() : new Trivia(List.of("")), indent);
    }
    out.append(indent).append(Name.FILE).append(' ').append(HclEscaper.quoted(f.path())).append(" {").append(
        syntax == null ? "" : comment(syntax.openComment())).append('\n');
    String in = indent + INDENT;
    for (StackFile.Item item : f.items()) {
      if (item.verbatim() != null) {
        verbatim(out, item.verbatim(), in);
      } else {
        overlay(out, item.overlay(), syntax == null ? null : syntax.overlay(item.overlay().variable()), true, in);
      }
    }
    trivia(out, f.footer(), in);
    out.append(indent).append('}').append(syntax == null ? "" : comment(syntax.trailingComment())).append('\n');
  }
}
