package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code postfix_overlay "<variable>" { file = ..., profile = ..., <param> = "<value>" ... }}:
 * every attribute but {@code file} and {@code profile} is a Postfix parameter, in order; comments
 * become {@code #} lines of main.cf (a comment after a value goes on its own line above it, since
 * Postfix would read it as part of the value).
 */
final class PostfixReader {
  /** Profiles stackgen knows how to lint for. */
  static final List<String> PROFILES = List.of("dms-15");

  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*\\.tf");

  private PostfixReader() {}

  static PostfixOverlay read(HclFile file, Block block, Trivia leading) throws CatalogException {
    return read(file, block, leading, null);
  }

  /** An overlay inside a {@code file "<path>"} block when {@code impliedPath} is set. */
  static PostfixOverlay read(HclFile file, Block block, Trivia leading, String impliedPath) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, block);
    CatalogBuilder.labels(block, at, 1);
    String variable = block.labels().get(0).value();
    if (!dev.stackgen.model.Names.isIdentifier(variable)) {
      throw new CatalogException(at, "postfix_overlay label \"" + variable + "\" is not a variable name");
    }
    String path = impliedPath;
    int indent = 0;
    String profile = PostfixOverlay.DEFAULT_PROFILE;
    List<PostfixOverlay.Entry> entries = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    DmsSetupReader dms = new DmsSetupReader(file);
    for (Node n : block.body().nodes()) {
      SourceRef ref = CatalogReader.ref(file, n);
      if (n instanceof BlankLine) {
        entries.add(PostfixOverlay.Entry.blank(ref));
      } else if (n instanceof Comment c) {
        for (String line : postfixComment(c.text())) {
          entries.add(PostfixOverlay.Entry.comment(line, ref));
        }
      } else if (n instanceof Block b && b.type().equals("master")) {
        dms.master(b);
      } else if (n instanceof Block b) {
        throw new CatalogException(ref, "unexpected block \"" + b.type()
            + "\" in postfix_overlay; write Postfix parameters as name = \"value\"");
      } else {
        Attribute a = (Attribute) n;
        switch (a.name()) {
          case "heredoc_indent" -> {
            String t = a.expression().text().strip();
            if (!t.matches("[0-9]{1,2}")) {
              throw new CatalogException(Items.valueRef(file, a), "heredoc_indent must be a number of spaces"
                  + " (0 for <<EOT, more for an indented <<-EOT), got " + Items.abbreviate(t));
            }
            indent = Integer.parseInt(t);
          }
          case "file" -> {
            if (impliedPath != null) {
              throw new CatalogException(ref, "postfix_overlay inside a file block takes its file from the block");
            }
            path = Items.string(file, a);
            if (!FILE.matcher(path).matches() || path.contains("..")) {
              throw new CatalogException(Items.valueRef(file, a), "file must be a relative path to a .tf file"
                  + " inside the stack folder (no '..'), got \"" + path + "\"");
            }
          }
          case "env" -> dms.env(a);
          case "master_cf_append" -> dms.append(a);
          case "profile" -> {
            profile = Items.string(file, a);
            if (!PROFILES.contains(profile)) {
              throw new CatalogException(Items.valueRef(file, a), "unknown postfix profile \"" + profile
                  + "\"; known: " + String.join(", ", PROFILES));
            }
          }
          default -> {
            if (!PARAMETER.matcher(a.name()).matches()) {
              throw new CatalogException(ref, "\"" + a.name() + "\" is not a Postfix parameter name"
                  + " (letters, digits and '_')");
            }
            SourceRef first = seen.putIfAbsent(a.name(), ref);
            if (first != null) {
              throw new CatalogException(ref, "postfix parameter \"" + a.name() + "\" given twice (first at "
                  + first + "); Postfix would silently keep the last one");
            }
            if (a.trailingComment().isPresent()) {
              for (String line : postfixComment(a.trailingComment().get().text())) {
                entries.add(PostfixOverlay.Entry.comment(line, ref));
              }
            }
            entries.add(PostfixOverlay.Entry.parameter(a.name(), value(file, a), ref));
          }
        }
      }
    }
    if (path == null) {
      throw new CatalogException(at, "postfix_overlay \"" + variable
          + "\" needs file = \"<path of the .tf file in the stack>\"");
    }
    while (!entries.isEmpty() && isBlank(entries.get(0))) {
      entries.remove(0);
    }
    while (!entries.isEmpty() && isBlank(entries.get(entries.size() - 1))) {
      entries.remove(entries.size() - 1);
    }
    return new PostfixOverlay(variable, path, profile, entries, leading, at, indent, dms.build());
  }

  private static boolean isBlank(PostfixOverlay.Entry e) {
    return e.name() == null && e.comment() == null;
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
