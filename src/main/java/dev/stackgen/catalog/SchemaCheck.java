package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Suggestions;
import dev.stackgen.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks catalog items against {@link CatalogSchema} and, for items copied into Terragrunt files,
 * {@link TerragruntSchema}: known names (with "did you mean" from both schemas, and the block a
 * misplaced name belongs in), label counts, how often a block may appear ({@link Schema.Block#count}),
 * required attributes (stackgen's and Terragrunt's), allowed values, and literal values that cannot
 * convert to the documented type. The first problem is a {@link CatalogException} at its position;
 * deprecated Terragrunt names are warnings. The readers rely on all of this and repeat none of it.
 */
public final class SchemaCheck {
  /** The catalog attribute that lists Terragrunt names newer than the schema. */
  public static final String ALLOW_TERRAGRUNT = CatalogSchema.Name.ALLOW_TERRAGRUNT;

  /** Where each name belongs, for hints on a misplaced one: built on the first error, not on every read. */
  private static final class Places {
    static final Map<String, List<String>> STACKGEN = places(CatalogSchema.FILE);
    static final Map<String, List<String>> TERRAGRUNT = places(TerragruntSchema.UNIT);
  }

  private final Set<String> allowTerragrunt;
  private final List<Warning> warnings;
  /** The first of each top-level block the file schema allows once, across all files of a catalog. */
  private final Map<String, SourceRef> topLevelSeen = new HashMap<>();

  /** A check that accepts the Terragrunt names (dotted paths) in {@code allowTerragrunt} unchecked. */
  public SchemaCheck(Set<String> allowTerragrunt, List<Warning> warnings) {
    this.allowTerragrunt = Set.copyOf(allowTerragrunt);
    this.warnings = warnings;
  }

  /**
   * The names listed in {@code stackgen { allow_terragrunt = [...] }} of any of the files (the value
   * is checked here, since it is needed before the files are read).
   */
  public static Set<String> allowList(List<HclFile> files) throws CatalogException {
    Set<String> names = new LinkedHashSet<>();
    for (HclFile file : files) {
      for (Block b : file.body().blocks(CatalogSchema.Name.STACKGEN)) {
        for (Attribute a : b.body().attributes()) {
          if (a.name().equals(ALLOW_TERRAGRUNT)) {
            try {
              names.addAll(Expressions.decodeStringList(a.expression()));
            } catch (HclSyntaxException e) {
              throw new CatalogException(Items.valueRef(file, a), ALLOW_TERRAGRUNT
                  + " must be a list of literal strings, got " + Items.abbreviate(a.expression().text()));
            }
          }
        }
      }
    }
    return names;
  }

  /**
   * Checks one top-level item of a catalog file and everything inside it; a block the schema allows
   * once is refused when an earlier item, of this file or another file of the catalog, was one.
   */
  public void topLevel(HclFile file, Node node) throws CatalogException {
    item(file, node, CatalogSchema.FILE, new Where(null, null, null, false));
    once(file, node, CatalogSchema.FILE, topLevelSeen, null);
  }

  /**
   * Checks the items of a stack given as the top-level items of a repository file (import builds a stack
   * from its {@code terragrunt.hcl}), each as it is checked inside {@code stack "<name>" { }}, with the
   * blocks a stack takes at most once; the stack's settings are not among them (given as values).
   */
  public void stackItems(HclFile file, String name, List<Node> nodes) throws CatalogException {
    Schema.Block spec = CatalogSchema.STACK;
    String in = CatalogSchema.Name.STACK + " \"" + name + "\"";
    // as block() makes it for a stack block at the top level: a stackgen block passing Terragrunt's through
    Where inner = new Where(null, "in " + in, spec.passThrough() != null ? "" : null, false);
    Map<String, SourceRef> seen = new HashMap<>();
    for (Node n : nodes) {
      item(file, n, spec, inner);
      if (n instanceof Attribute || n instanceof Block) {
        once(file, n, spec, seen, null, in);
      }
    }
  }

  /**
   * Checks a module-wrapper main.tf's module call and blocks (import nests them in a {@code module} block),
   * each as it is checked inside {@code module "<name>" { }}: the call's labels and body items as the
   * block's, a {@code data "vault_kv_secret_v2"} source's body as the {@code vault} block it nests as.
   */
  public void moduleItems(HclFile file, Block call, List<Node> blocks) throws CatalogException {
    Schema.Block spec = CatalogSchema.MODULE;
    labels(file, call, spec);
    Where inner = new Where(call, null, null, false);
    for (Node n : call.body().nodes()) {
      item(file, n, spec, inner);
    }
    Schema.Block vault = spec.block(CatalogSchema.Name.VAULT);
    for (Node n : blocks) {
      if (n instanceof Block b && spec.block(b.type()) == null && b.labels().size() == 2 && b.labels().get(0).value()
          .equals(dev.stackgen.model.VaultSource.TYPE)) { // data "vault_kv_secret_v2" "<label>"
        String as = CatalogSchema.Name.VAULT + " \"" + b.labels().get(1).value() + "\"";
        Where in = new Where(null, "in " + as, null, false);
        Map<String, SourceRef> seen = new HashMap<>();
        for (Node m : b.body().nodes()) {
          item(file, m, vault, in);
          if (m instanceof Attribute || m instanceof Block) {
            once(file, m, vault, seen, null, as);
          }
        }
      } else {
        item(file, n, spec, inner);
      }
    }
  }

  /**
   * Refuses a second block (or attribute form of a block) that {@code spec} allows at most once
   * ({@link Schema.Block#maxCount()}); {@code in} is the parent block, null at the top level.
   */
  private static void once(HclFile file, Node node, Schema.Block spec, Map<String, SourceRef> seen, Block in)
      throws CatalogException {
    once(file, node, spec, seen, in, null);
  }

  /** {@link #once}, the parent described by {@code inText} when given (no parent block node). */
  private static void once(HclFile file, Node node, Schema.Block spec, Map<String, SourceRef> seen, Block in,
      String inText)
      throws CatalogException {
    boolean isBlock = node instanceof Block;
    String name = isBlock ? ((Block) node).type() : ((Attribute) node).name();
    Schema.Block child = spec.onceBlock(name);
    if (child == null || !isBlock && !child.isAlsoAttribute()) {
      return;
    }
    SourceRef at = Items.ref(file, node);
    SourceRef first = seen.putIfAbsent(name, at);
    if (first != null) {
      String what = name + (isBlock ? " block" : "");
      throw new CatalogException(at, in == null && inText == null ? "duplicate " + what + " (first at " + first + ")"
          : (inText != null ? inText : describe(in)) + " has more than one " + what + " (first at " + first + ")");
    }
  }

  /**
   * Where an item is: the block it is in (null at the top level; the phrase for messages is made from
   * it only for a message) or that phrase given ({@code given}: a stack's items read from a repository
   * file, which has no stack block), the dotted Terragrunt path of the body (null outside
   * Terragrunt's schema, "" at the top level of a Terragrunt file) and whether Terragrunt's required
   * attributes are checked.
   */
  private record Where(Block in, String given, String terragruntPath, boolean terragruntBlock) {
    /** "at the top level" or "in stack \"web\"": built only for a message (issue 23). */
    String phrase() {
      return given != null ? given : in == null ? "at the top level" : "in " + describe(in);
    }

    String child(String name) {
      return terragruntPath == null ? null : terragruntPath.isEmpty() ? name : terragruntPath + "." + name;
    }
  }

  private void item(HclFile file, Node node, Schema.Block spec, Where where) throws CatalogException {
    if (node instanceof Attribute a) {
      attribute(file, a, spec, where);
    } else if (node instanceof Block b) {
      block(file, b, spec, where);
    }
  }

  private void attribute(HclFile file, Attribute a, Schema.Block spec, Where where) throws CatalogException {
    String name = a.name();
    Schema.Attr known = spec.attr(name);
    if (known != null) {
      value(file, a, known);
      if (!known.warningText().isEmpty()) {
        warnings.add(new Warning(Items.ref(file, a), known.warningText()));
      }
      return;
    }
    Schema.Block asBlock = spec.block(name);
    if (asBlock != null && asBlock.isAlsoAttribute()) {
      if (kind(a.expression()) != Kind.OTHER && kind(a.expression()) != Kind.OBJECT
          && kind(a.expression()) != Kind.NULL) {
        throw new CatalogException(Items.valueRef(file, a), name + " must be a block or an expression that"
            + " gives one, got " + Items.abbreviate(a.expression().text()));
      }
      return;
    }
    if (spec.allowsAnyAttribute() || allowed(where, name)) {
      return;
    }
    throw new CatalogException(Items.ref(file, a), unknown("attribute", name, spec, where, true));
  }

  private void block(HclFile file, Block b, Schema.Block spec, Where where) throws CatalogException {
    String type = b.type();
    Schema.Block own = spec.blocks().get(type);
    Schema.Block known = own != null ? own : spec.block(type);
    if (known == null) {
      if (spec.allowsAnyBlock() || allowed(where, type)) {
        return;
      }
      throw new CatalogException(Items.ref(file, b), unknown("block", type, spec, where, false));
    }
    labels(file, b, known);
    boolean terragrunt = own == null || where.terragruntBlock();
    String path;
    if (own == null || where.terragruntBlock()) {
      path = where.child(type);
    } else if (known.passThrough() != null) {
      path = "";
    } else if (known == CatalogSchema.DEPENDENCY) {
      path = CatalogSchema.Name.DEPENDENCY;
    } else {
      path = null;
    }
    Where inner = new Where(b, null, path, terragrunt);
    List<Node> nodes = b.body().nodes();
    // Made only when the body holds a name it takes at most once (issue 23: most bodies hold none).
    Map<String, SourceRef> seen = null;
    for (int k = 0, size = nodes.size(); k < size; k++) {
      Node n = nodes.get(k);
      item(file, n, known, inner);
      String name = n instanceof Attribute a ? a.name() : n instanceof Block nb ? nb.type() : null;
      if (name != null && (seen != null || known.onceBlock(name) != null)) {
        if (seen == null) {
          seen = new HashMap<>();
        }
        once(file, n, known, seen, b);
      }
    }
    for (Schema.Attr a : known.requiredAttrs()) {
      if (holds(nodes, a.name(), false) || liftedBy(nodes, a.requiredUnlessNames())) {
        continue;
      }
      if (terragrunt || known.isTerragrunt()) {
        throw new CatalogException(Items.ref(file, b), describe(b) + " needs " + a.name() + " ("
            + a.doc() + "): Terragrunt requires it");
      }
      throw new CatalogException(Items.ref(file, b), describe(b) + " has no " + a.name()
          + (a.missingText().isEmpty() ? "" : " (" + a.missingText() + ")"));
    }
  }

  /** Whether {@code nodes} hold the attribute {@code name} (or, with {@code blocks}, a block of that type). */
  private static boolean holds(List<Node> nodes, String name, boolean blocks) {
    for (int k = 0, size = nodes.size(); k < size; k++) {
      Node n = nodes.get(k);
      if (n instanceof Attribute a ? a.name().equals(name) : blocks && n instanceof Block nb && nb.type().equals(
          name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code nodes} hold one of {@code names}, as an attribute or a block. */
  private static boolean liftedBy(List<Node> nodes, List<String> names) {
    for (int k = 0, size = names.size(); k < size; k++) {
      if (holds(nodes, names.get(k), true)) {
        return true;
      }
    }
    return false;
  }

  private static void labels(HclFile file, Block b, Schema.Block spec) throws CatalogException {
    int n = b.labels().size();
    if (n >= spec.minLabels() && n <= spec.maxLabels()) {
      return;
    }
    String takes;
    if (spec.maxLabels() == 0) {
      takes = "no labels";
    } else if (spec.minLabels() == spec.maxLabels()) {
      takes = spec.maxLabels() == 1 ? "one label" : spec.maxLabels() + " labels";
    } else {
      takes = spec.minLabels() == 0 && spec.maxLabels() == 1 ? "at most one label"
          : spec.minLabels() + " to " + spec.maxLabels() + " labels";
    }
    String shape = b.type() + (spec.labelDoc().isEmpty() ? "" : " " + quoteLabels(spec.labelDoc())) + " { ... }";
    throw new CatalogException(Items.ref(file, b), b.type() + " block takes " + takes + ", got " + n
        + " (write " + shape + ")");
  }

  private static String quoteLabels(String doc) {
    String d = doc.replace("[", "").replace("]", "");
    List<String> out = new ArrayList<>();
    for (String part : d.split(" ")) {
      out.add("\"" + part + "\"");
    }
    return String.join(" ", out);
  }

  private boolean allowed(Where where, String name) {
    return where.terragruntPath() != null && allowTerragrunt.contains(where.child(name));
  }

  private static String describe(Block b) {
    return b.labels().isEmpty() ? b.type() + " block" : b.type() + " \"" + b.labels().get(0).value() + "\"";
  }

  /**
   * The blocks a misplaced name belongs in: the shallowest places of the nearest schema first (a
   * stackgen name in stackgen's blocks, a Terragrunt name in Terragrunt's), at most three.
   */
  private static List<String> placesOf(String name, Where where) {
    List<String> stackgen = Places.STACKGEN.getOrDefault(name, List.of());
    List<String> terragrunt = Places.TERRAGRUNT.getOrDefault(name, List.of());
    List<String> all = new ArrayList<>();
    if (where.terragruntPath() == null) {
      all.addAll(stackgen);
      terragrunt.stream().filter(p -> p.equals(TOP)).forEach(all::add);
    } else {
      all.addAll(terragrunt);
      all.addAll(stackgen);
    }
    if (all.size() > 1) {
      all.remove(TOP); // a more precise place is known
    }
    int shallowest = all.stream().mapToInt(SchemaCheck::depth).min().orElse(0);
    List<String> out = all.stream().filter(p -> depth(p) == shallowest).distinct().toList();
    return out.subList(0, Math.min(3, out.size()));
  }

  private static int depth(String place) {
    return place.isEmpty() ? 0 : place.split("\\.").length;
  }

  private static String belongs(List<String> places) {
    if (places.size() == 1 && places.get(0).isEmpty()) {
      return "it belongs at the top level";
    }
    return "it belongs in " + or(places);
  }

  /** The message for a name the body does not take. */
  private static String unknown(String kind, String name, Schema.Block spec, Where where, boolean attribute) {
    List<String> here = names(spec, attribute);
    String phrase = where.phrase().endsWith(" block")
        ? where.phrase().substring(0, where.phrase().length() - " block".length()) : where.phrase();
    if (spec.notPassed().contains(name)) {
      return name + " is not allowed " + phrase + "; it belongs in stack (each stack writes its own)";
    }
    String suggestion = suggest(name, here);
    if (suggestion == null) {
      List<String> places = placesOf(name, where);
      if (!places.isEmpty()) {
        return name + " is not allowed " + phrase + "; " + belongs(places);
      }
      suggestion = suggest(name, names(spec, !attribute));
    }
    String did = suggestion == null ? "" : "did you mean \"" + suggestion + "\"?";
    if (spec == CatalogSchema.FILE) {
      return attribute
          ? "unexpected attribute \"" + name + "\" at the top level; expected a " + or(here(spec, false))
              + " block" + (did.isEmpty() ? "" : " (" + did + ")")
          : "unknown block type \"" + name + "\"; expected " + or(here(spec, false))
              + (did.isEmpty() ? "" : " (" + did + ")");
    }
    String head = (attribute ? "unknown attribute \"" : "unexpected block \"") + name + "\" " + where.phrase();
    if (spec.passThrough() != null) {
      if (!did.isEmpty()) {
        return head + "; " + did;
      }
      return head + ": neither a stackgen " + (attribute ? "setting" : "block") + " of " + spec.name()
          + (spec.attrs().isEmpty() && attribute || spec.blocks().isEmpty() && !attribute ? ""
              : " (" + String.join(", ", here(spec, attribute)) + ")")
          + " nor a Terragrunt " + TerragruntSchema.VERSION + " " + kind + "; for a newer Terragrunt " + kind
          + " add \"" + name + "\" to stackgen { " + ALLOW_TERRAGRUNT + " = [...] }";
    }
    if (where.terragruntPath() != null && !did.isEmpty()) {
      return head + "; " + did;
    }
    List<String> expected = here(spec, attribute);
    String list;
    if (expected.isEmpty()) {
      list = attribute ? "; it takes blocks only" : "; it takes attributes only";
    } else {
      list = "; expected " + (attribute ? String.join(", ", expected) : or(expected));
    }
    String note = spec.allowsAnyAttribute() && !attribute ? " (" + spec.anyAttributesDoc() + ")" : "";
    String hatch = where.terragruntPath() == null ? ""
        : " (Terragrunt " + TerragruntSchema.VERSION + "; for a newer name add \"" + where.child(name)
            + "\" to stackgen { " + ALLOW_TERRAGRUNT + " = [...] })";
    return head + list + note + (did.isEmpty() ? "" : " (" + did + ")") + hatch;
  }

  private static String or(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** The names a body's own entries take (not its pass-through's). */
  private static List<String> here(Schema.Block spec, boolean attribute) {
    return new ArrayList<>(attribute ? spec.attrs().keySet() : spec.blocks().keySet());
  }

  /** Every name a body takes, its pass-through's included: the candidates for "did you mean". */
  private static List<String> names(Schema.Block spec, boolean attribute) {
    List<String> out = here(spec, attribute);
    Schema.Block pass = spec.passThrough();
    if (pass != null) {
      for (String n : attribute ? pass.attrs().keySet() : pass.blocks().keySet()) {
        if (!spec.notPassed().contains(n) && !out.contains(n)) {
          out.add(n);
        }
      }
      if (attribute) {
        pass.blocks().values().stream().filter(Schema.Block::isAlsoAttribute).map(Schema.Block::name)
            .filter(n -> !out.contains(n)).forEach(out::add);
      }
    }
    return out;
  }

  /** The nearest candidate worth suggesting, or null ({@link Suggestions#didYouMean}). */
  static String suggest(String name, List<String> candidates) {
    return Suggestions.didYouMean(name, candidates);
  }

  /** Where each name (attribute or block) is allowed, as dotted paths, stackgen's blocks first. */
  private static final String TOP = "stack, defaults or root";

  private static Map<String, List<String>> places(Schema.Block root) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    index(root, "", out, new HashSet<>());
    return out;
  }

  private static void index(Schema.Block spec, String path, Map<String, List<String>> out, Set<Schema.Block> seen) {
    if (path.split("\\.").length > 6) {
      return; // the schemas are trees a few levels deep; a guard, not a limit that is ever reached
    }
    String here = path.isEmpty() ? (spec == TerragruntSchema.UNIT ? TOP : "") : path;
    for (String a : spec.attrs().keySet()) {
      add(out, a, here);
    }
    for (Schema.Block b : spec.blocks().values()) {
      if (spec == CatalogSchema.FILE_BLOCK && b != CatalogSchema.POSTFIX_OVERLAY) {
        continue; // plain Terraform blocks of a .tf file: no hint to give
      }
      add(out, b.name(), here);
      if (b == CatalogSchema.STACK_FILE) {
        continue; // source, path, values of a stack file's units are common words: no hint to give
      }
      String childPath = path.isEmpty() ? b.name() : path + "." + b.name();
      index(b, childPath, out, seen);
    }
  }

  private static void add(Map<String, List<String>> out, String name, String place) {
    List<String> places = out.computeIfAbsent(name, k -> new ArrayList<>());
    if (!places.contains(place)) {
      places.add(place);
    }
  }

  /** What a literal expression is, as far as it matters for type conversion. */
  enum Kind {
    STRING, TEMPLATE, NUMBER, BOOL, NULL, TUPLE, OBJECT, OTHER
  }

  static Kind kind(Expression expr) {
    List<Token> all = expr.tokens();
    // the tokens that count (no newlines or comments), as a list made only when some do not count
    List<Token> toks = all;
    for (int k = 0, size = all.size(); k < size; k++) {
      if (!counts(all.get(k))) {
        toks = new ArrayList<>();
        for (Token t : all) {
          if (counts(t)) {
            toks.add(t);
          }
        }
        break;
      }
    }
    if (toks.isEmpty()) {
      return Kind.OTHER;
    }
    Token first = toks.get(0);
    if (toks.size() == 1 && first.type() == TokenType.IDENT) {
      return switch (first.text()) {
        case "true", "false" -> Kind.BOOL;
        case "null" -> Kind.NULL;
        default -> Kind.OTHER;
      };
    }
    if (Expressions.isNumberLiteral(expr)) {
      return Kind.NUMBER;
    }
    if (Expressions.isStringLiteral(expr)) {
      return Kind.STRING;
    }
    return switch (first.type()) {
      case OQUOTE -> spans(toks, TokenType.OQUOTE, TokenType.CQUOTE) ? Kind.TEMPLATE : Kind.OTHER;
      case OHEREDOC -> spans(toks, TokenType.OHEREDOC, TokenType.CHEREDOC) ? Kind.TEMPLATE : Kind.OTHER;
      case OBRACK -> spans(toks, TokenType.OBRACK, TokenType.CBRACK) ? Kind.TUPLE : Kind.OTHER;
      case OBRACE -> spans(toks, TokenType.OBRACE, TokenType.CBRACE) ? Kind.OBJECT : Kind.OTHER;
      default -> Kind.OTHER;
    };
  }

  private static boolean counts(Token t) {
    return t.type() != TokenType.NEWLINE && t.type() != TokenType.COMMENT;
  }

  /** True when the opening token's match is the last token. */
  private static boolean spans(List<Token> toks, TokenType open, TokenType close) {
    int depth = 0;
    for (int i = 0; i < toks.size(); i++) {
      TokenType t = toks.get(i).type();
      if (t == open) {
        depth++;
      } else if (t == close) {
        depth--;
        if (depth == 0) {
          return i == toks.size() - 1;
        }
      }
    }
    return false;
  }

  /** Checks an attribute's value against its entry. */
  private static void value(HclFile file, Attribute a, Schema.Attr spec) throws CatalogException {
    Expression e = a.expression();
    Kind kind = kind(e);
    String name = a.name();
    String expected = !spec.expectedText().isEmpty() ? spec.expectedText()
        : spec.isLiteral() && spec.type() == Schema.Type.STRING ? "a literal string"
        : spec.isLiteral() && spec.type() == Schema.Type.STRING_LIST ? "a list of literal strings"
        : spec.type().expected();
    boolean ok = switch (spec.type()) {
      case ANY -> true;
      case STRING -> spec.isLiteral() ? kind == Kind.STRING
          : kind != Kind.TUPLE && kind != Kind.OBJECT;
      case BOOL -> spec.isLiteral() ? kind == Kind.BOOL
          : kind == Kind.BOOL || kind == Kind.OTHER || kind == Kind.NULL || kind == Kind.TEMPLATE
              || kind == Kind.STRING && boolString(file, a);
      case NUMBER -> spec.isLiteral() ? kind == Kind.NUMBER
          : kind == Kind.NUMBER || kind == Kind.OTHER || kind == Kind.NULL || kind == Kind.TEMPLATE
              || kind == Kind.STRING && numberString(file, a);
      case LIST -> spec.isLiteral() ? kind == Kind.TUPLE
          : kind == Kind.TUPLE || kind == Kind.OTHER || kind == Kind.NULL;
      case STRING_LIST -> (spec.isLiteral() ? kind == Kind.TUPLE
          : kind == Kind.TUPLE || kind == Kind.OTHER || kind == Kind.NULL) && stringElements(e, spec.isLiteral());
      case MAP -> spec.isLiteral() ? kind == Kind.OBJECT
          : kind == Kind.OBJECT || kind == Kind.OTHER || kind == Kind.NULL;
    };
    if (!ok) {
      throw new CatalogException(Items.valueRef(file, a), name + " must be " + expected + ", got "
          + Items.abbreviate(e.text()));
    }
    if (!spec.values().isEmpty() && kind == Kind.STRING) {
      String v = Items.string(file, a);
      if (!spec.values().contains(v)) {
        List<String> quoted = spec.values().stream().map(s -> "\"" + s + "\"").toList();
        String s = suggest(v, spec.values());
        throw new CatalogException(Items.valueRef(file, a), name + " must be "
            + (quoted.size() <= 2 ? or(quoted) : "one of " + or(quoted))
            + ", got \"" + v + "\"" + (s == null ? "" : " (did you mean \"" + s + "\"?)"));
      }
    }
  }

  private static boolean boolString(HclFile file, Attribute a) {
    try {
      String v = Expressions.decodeString(a.expression());
      return v.equals("true") || v.equals("false");
    } catch (HclSyntaxException e) {
      return true;
    }
  }

  private static boolean numberString(HclFile file, Attribute a) {
    try {
      new BigDecimal(Expressions.decodeString(a.expression()).strip());
      return true;
    } catch (HclSyntaxException e) {
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Literal elements of a tuple convert to strings (no lists or maps); literal mode needs all literal strings. */
  private static boolean stringElements(Expression e, boolean literal) {
    if (kind(e) != Kind.TUPLE) {
      return true;
    }
    if (literal) {
      try {
        Expressions.decodeStringList(e);
        return true;
      } catch (HclSyntaxException x) {
        return false;
      }
    }
    try {
      Object v = Expressions.decodeLiteral(e);
      if (v instanceof List<?> list) {
        return list.stream().noneMatch(o -> o instanceof List<?> || o instanceof Map<?, ?>);
      }
      return true;
    } catch (HclSyntaxException x) {
      return true; // not all literal: Terragrunt evaluates it
    }
  }
}
