package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Expr;
import dev.stackgen.model.Include;
import dev.stackgen.model.Names;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;

/** Reading single catalog items: typed values, dependency blocks, verbatim text. */
final class Items {
  private Items() {}

  static SourceRef ref(HclFile file, Node node) {
    return CatalogReader.ref(file, node);
  }

  static SourceRef valueRef(HclFile file, Attribute a) {
    List<Token> tokens = a.expression().tokens();
    Token first = tokens.isEmpty() ? null : tokens.get(0);
    return first == null ? ref(file, a) : new SourceRef(file.fileName(), first.line(), first.column());
  }

  static String string(HclFile file, Attribute a) throws CatalogException {
    try {
      return Expressions.decodeString(a.expression());
    } catch (HclSyntaxException e) {
      throw new CatalogException(valueRef(file, a), a.name() + " must be a literal string, got "
          + abbreviate(a.expression().text()));
    }
  }

  static boolean bool(HclFile file, Attribute a) throws CatalogException {
    String text = a.expression().text().strip();
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new CatalogException(valueRef(file, a), a.name() + " must be true or false, got "
          + abbreviate(text));
    };
  }

  /** A literal list of names, each an identifier (e.g. {@code elsewhere { variables = ["a", "b"] }}). */
  static java.util.Set<String> identifiers(HclFile file, Attribute a) throws CatalogException {
    List<String> names;
    try {
      names = Expressions.decodeStringList(a.expression());
    } catch (HclSyntaxException e) {
      throw new CatalogException(valueRef(file, a), a.name() + " must be a list of names, e.g. [\"a\", \"b\"]");
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String n : names) {
      if (!Names.isIdentifier(n)) {
        throw new CatalogException(valueRef(file, a), "\"" + n + "\" in " + a.name() + " is not a name");
      }
      out.add(n);
    }
    return out;
  }

  /**
   * Lines above or after a block: a literal list of strings, each empty (a blank line) or a comment,
   * e.g. {@code footer = ["", "# end"]}.
   */
  static Trivia triviaLines(HclFile file, Attribute a) throws CatalogException {
    List<String> lines;
    try {
      lines = Expressions.decodeStringList(a.expression());
    } catch (HclSyntaxException e) {
      throw new CatalogException(valueRef(file, a), a.name() + " must be a list of lines, e.g. [\"\", \"# end\"]");
    }
    String text = String.join("\n", lines) + "\n";
    try {
      HclFile parsed = dev.stackgen.hcl.HclParser.parse(text, file.fileName());
      if (parsed.body().nodes().stream().anyMatch(n -> !(n instanceof Comment
          || n instanceof BlankLine))) {
        throw new CatalogException(valueRef(file, a), a.name() + " lines must be blank lines or comments");
      }
    } catch (HclSyntaxException e) {
      throw new CatalogException(valueRef(file, a), a.name() + " lines must be blank lines or comments");
    }
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new CatalogException(valueRef(file, a), "a line of " + a.name() + " may not hold a line break");
      }
    }
    return new Trivia(lines);
  }

  static String abbreviate(String text) {
    String oneLine = text.strip().replace('\n', ' ');
    return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
  }

  static List<Attribute> attributesOnly(HclFile file, Block block) throws CatalogException {
    List<Attribute> attrs = new ArrayList<>();
    for (Node n : block.body().nodes()) {
      if (n instanceof Attribute a) {
        attrs.add(a);
      } else if (n instanceof Block b) {
        throw new CatalogException(ref(file, b), "unexpected block \"" + b.type() + "\" in " + block.type()
            + " block; it takes attributes only");
      }
    }
    return attrs;
  }

  /** The one label of a block, which must be an identifier ({@code what} names it in errors). */
  static String identifierLabel(HclFile file, Block block, String what) throws CatalogException {
    SourceRef at = ref(file, block);
    String label = block.labels().get(0).value(); // one label: the schema's
    if (!Names.isIdentifier(label)) {
      throw new CatalogException(at, what + " \"" + label + "\" is not an identifier");
    }
    return label;
  }

  static Dependency dependency(HclFile file, Block block, Trivia leading) throws CatalogException {
    SourceRef at = ref(file, block);
    String target = block.labels().get(0).value();
    List<Attr> extra = new ArrayList<>();
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      if (item.attribute() == null) {
        // a block the schema let through as a newer Terragrunt name (allow_terragrunt); not carried here
        throw new CatalogException(ref(file, item.node()), "unexpected block \"" + item.name()
            + "\" in dependency block; it takes attributes only");
      }
      extra.add(attr(file, item.attribute(), item.leading()));
    }
    boolean explicit = false; // a loop, not a stream: once per dependency read (issue 23)
    for (Attr a : extra) {
      explicit |= a.name().equals(CatalogSchema.Name.CONFIG_PATH);
    }
    if (explicit ? target.isBlank() : !Names.isStackName(target)) {
      throw new CatalogException(at, "dependency \"" + target + "\" does not name a stack (stack names are"
          + " one safe path segment: [a-z0-9][a-z0-9._-]*; or write config_path = \"../<stack>\")");
    }
    // On a one-line block the comment after the closing brace goes on the rendered opening line.
    String open = block.openComment().or(() -> block.trailingComment()).map(Comment::text).orElse("");
    return new Dependency(target, extra, leading, open,
        body.trailing(), at, explicit ? text(file, block) : "", block.oneLine());
  }

  /**
   * A dependency block of a repository file whose first two attributes are the ones the catalog's
   * {@code dependency "x" {}} generates ({@code config_path = "../x"}, {@code skip_outputs = true}): the
   * dependency that shorthand, with the block's further attributes after them, reads as.
   */
  static Dependency shorthand(HclFile file, Block block, Trivia leading) throws CatalogException {
    SourceRef at = ref(file, block);
    List<Attr> extra = new ArrayList<>();
    BodyItems body = BodyItems.of(block);
    List<BodyItems.Item> items = body.items();
    for (BodyItems.Item item : items.subList(Math.min(2, items.size()), items.size())) {
      if (item.attribute() == null) {
        throw new CatalogException(ref(file, item.node()), "unexpected block \"" + item.name()
            + "\" in dependency block; it takes attributes only");
      }
      extra.add(attr(file, item.attribute(), item.leading()));
    }
    String open = block.openComment().map(Comment::text).orElse("");
    boolean oneLine = extra.isEmpty() && body.trailing().isEmpty() && open.isEmpty();
    return new Dependency(block.labels().get(0).value(), extra, leading, open, body.trailing(), at, "", oneLine);
  }

  /**
   * A Terragrunt {@code include} block: zero or one label, {@code path} (required), {@code expose} (bool),
   * {@code merge_strategy} (one of Terragrunt's four); written exactly as given.
   */
  static Include include(HclFile file, Block block, Trivia leading) throws CatalogException {
    SourceRef at = ref(file, block); // labels, names, merge_strategy's values: the schema's
    Expr path = null;
    java.util.Optional<Boolean> expose = java.util.Optional.empty();
    java.util.Optional<String> merge = java.util.Optional.empty();
    for (Attribute a : attributesOnly(file, block)) {
      switch (a.name()) {
        case "path" -> path = new Expr(a.expression().text().strip());
        case "expose" -> expose = java.util.Optional.of(bool(file, a));
        case "merge_strategy" -> merge = java.util.Optional.of(string(file, a));
        default -> {}
      }
    }
    String label = block.labels().isEmpty() ? "" : block.labels().get(0).value();
    return new Include(label, path, expose, merge, leading, at, text(file, block));
  }

  static Attr attr(HclFile file, Attribute a, Trivia leading) {
    return new Attr(a.name(), expr(file, a), leading,
        a.trailingComment().map(Comment::text).orElse(""), ref(file, a));
  }

  /**
   * An attribute's value as it stands at depth 0, as {@link #text} gives an item: a value over several
   * lines loses the attribute's own indentation on the lines the formatter re-indents.
   */
  static Expr expr(HclFile file, Attribute a) {
    List<Token> tokens = a.expression().tokens();
    int start = tokens.get(0).offset();
    int end = tokens.get(tokens.size() - 1).end();
    int own = 0;
    for (Token t : a.tokens()) {
      if (!t.isBlank()) {
        own = ownIndentation(file.source(), t.offset());
        break;
      }
    }
    return new Expr(depthZero(file.source(), tokens, 0, tokens.size() - 1, start, end, own));
  }

  static Verbatim verbatim(HclFile file, Node node, Trivia leading) {
    return new Verbatim(text(file, node), leading, ref(file, node));
  }

  /**
   * The source of a node from its first token to its last, without the line break after it, as it stands
   * at depth 0 ({@link Verbatim}'s convention): the lines the formatter re-indents (those that start after a
   * line break token) lose the item's own indentation (the whitespace before the item on its first line);
   * the lines it leaves alone (heredoc content, a block comment's later lines) are kept byte for byte. So an
   * item read from a catalog at any depth equals the same item read from a file at depth 0.
   */
  static String text(HclFile file, Node node) {
    return shifted(file, node, 0);
  }

  /**
   * A node's source as {@link #text} gives it, standing at an indentation of {@code keep} spaces instead of
   * depth 0 (the first line and each line the formatter re-indents keep that much of the node's own
   * indentation; heredoc content and a block comment's later lines byte for byte), with a line break: a
   * node of a block's body read from a catalog at any depth equals the same node read from a file where the
   * block stands at depth 0 ({@code keep} 2, its body at depth 1).
   */
  static String textAt(HclFile file, Node node, int keep) {
    if (node instanceof dev.stackgen.hcl.BlankLine) {
      return "\n";
    }
    return " ".repeat(keep) + shifted(file, node, keep) + "\n";
  }

  /**
   * A node's source from its first token to its last (line breaks after it left out), each line the
   * formatter re-indents without the node's own indentation beyond {@code keep} characters.
   */
  private static String shifted(HclFile file, Node node, int keep) {
    List<Token> tokens = node.tokens();
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).isBlank()) {
        continue;
      }
      if (first < 0) {
        first = k;
      }
      last = k;
    }
    String source = file.source();
    int start = tokens.get(first).offset();
    int end = tokens.get(last).end();
    while (end > start && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
      end--;
    }
    return depthZero(source, tokens, first, last, start, end, Math.max(0, ownIndentation(source, start) - keep));
  }

  /**
   * The source from {@code start} to {@code end} (tokens {@code first} to {@code last}) without {@code own}
   * characters of indentation on each line the formatter re-indents (one starting after a line break token).
   */
  private static String depthZero(String source, List<Token> tokens, int first, int last, int start, int end,
      int own) {
    if (own == 0 || source.indexOf('\n', start) < 0 || source.indexOf('\n', start) >= end) {
      return source.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    int from = start;
    for (int k = first + 1; k <= last; k++) {
      Token previous = tokens.get(k - 1);
      if (!previous.endsLine()) {
        continue;
      }
      int lineStart = previous.end(); // the formatter sets this line's indentation
      int cut = lineStart;
      int stop = Math.min(tokens.get(k).offset(), lineStart + own);
      while (cut < stop && (source.charAt(cut) == ' ' || source.charAt(cut) == '\t')) {
        cut++;
      }
      out.append(source, from, lineStart);
      from = cut;
    }
    return out.append(source, from, end).toString();
  }

  /** Spaces and tabs before {@code offset} on its line (0 when anything else precedes it there). */
  private static int ownIndentation(String source, int offset) {
    int k = offset;
    while (k > 0 && (source.charAt(k - 1) == ' ' || source.charAt(k - 1) == '\t')) {
      k--;
    }
    return k == 0 || source.charAt(k - 1) == '\n' || source.charAt(k - 1) == '\r' ? offset - k : 0;
  }
}
