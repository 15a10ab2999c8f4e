package dev.stackgen.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vocabulary of a declarative configuration schema: {@link Block} and {@link Attr} entries with
 * their types, defaults, labels and documentation. {@link CatalogSchema} (stackgen's own blocks) and
 * {@link TerragruntSchema} (Terragrunt's configuration) are written in it; {@link SchemaCheck} checks
 * a parsed file against them and {@link SchemaDocs} prints them as the tables of docs/catalog.md.
 */
public final class Schema {
  private Schema() {}

  /** The type an attribute's value must convert to. */
  public enum Type {
    STRING("string", "a string"),
    BOOL("bool", "true or false"),
    NUMBER("number", "a number"),
    LIST("list", "a list [ ... ]"),
    STRING_LIST("list(string)", "a list of strings [\"...\", ...]"),
    MAP("map", "a map { key = value, ... }"),
    ANY("any", "any value");

    private final String docName;
    private final String expected;

    Type(String docName, String expected) {
      this.docName = docName;
      this.expected = expected;
    }

    /** The type as the documentation tables write it. */
    public String docName() {
      return docName;
    }

    /** What a value of this type looks like, for error messages. */
    public String expected() {
      return expected;
    }
  }

  /** Starts an attribute entry. */
  public static Attr attr(String name, Type type) {
    return new Attr(name, type);
  }

  /** Starts a block entry. */
  public static Block block(String name) {
    return new Block(name);
  }

  /**
   * An attribute: its type, whether the value must be a literal (stackgen reads it, so it cannot be
   * an expression), the values it may take, its default (as documented) and one line of
   * documentation. Built once in a schema class's static initializer, then only read.
   */
  public static final class Attr {
    private final String name;
    private final Type type;
    private boolean literal;
    private boolean required;
    private List<String> values = List.of();
    private String defaultText = "";
    private String doc = "";
    private String warning = "";
    private String expected = "";
    private String missing = "";
    private List<String> requiredUnless = List.of();

    private Attr(String name, Type type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** The value must be a literal of the type (no references, no function calls). */
    public Attr literal() {
      this.literal = true;
      return this;
    }

    /** The attribute must be given. */
    public Attr required() {
      this.required = true;
      return this;
    }

    /**
     * The attribute must be given unless the body holds one of {@code names} (an attribute or a
     * block), e.g. root's tiers, which a root writing its own remote_state finds in its locals.
     */
    public Attr requiredUnless(String... names) {
      this.required = true;
      this.requiredUnless = List.of(names);
      return this;
    }

    /** The names whose presence lifts {@link #required()}. */
    public List<String> requiredUnlessNames() {
      return requiredUnless;
    }

    /** How to add the attribute, for the error when a required one is missing (e.g. {@code add tier = "..."}). */
    public Attr missing(String hint) {
      this.missing = hint;
      return this;
    }

    /** The phrase of {@link #missing(String)}, or "". */
    public String missingText() {
      return missing;
    }

    /** A literal value must be one of these. */
    public Attr values(String... values) {
      this.values = List.of(values);
      return this;
    }

    /** The default, as the documentation shows it (e.g. {@code "stacks"} with quotes, or {@code true}). */
    public Attr defaultValue(String text) {
      this.defaultText = text;
      return this;
    }

    /** One line of documentation (Markdown). */
    public Attr doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** What a value must be, for the error message when it is not (default: from the type). */
    public Attr expected(String expected) {
      this.expected = expected;
      return this;
    }

    /** The phrase of {@link #expected(String)}, or "" for the type's. */
    public String expectedText() {
      return expected;
    }

    /** Accepted, but printed as a warning when used (deprecated or removed upstream). */
    public Attr warning(String warning) {
      this.warning = warning;
      return this;
    }

    public String name() {
      return name;
    }

    public Type type() {
      return type;
    }

    public boolean isLiteral() {
      return literal;
    }

    public boolean isRequired() {
      return required;
    }

    public List<String> values() {
      return values;
    }

    public String defaultText() {
      return defaultText;
    }

    public String doc() {
      return doc;
    }

    public String warningText() {
      return warning;
    }
  }

  /**
   * A block: how many labels it takes, its attributes and nested blocks, and what else its body may
   * hold: any attribute ({@link #anyAttributes}, e.g. module arguments), any nested block
   * ({@link #anyBlocks}, content copied verbatim), or everything a Terragrunt file allows at its top
   * level ({@link #passThrough}).
   */
  public static final class Block {
    private final String name;
    private int minLabels;
    private int maxLabels;
    private String labelDoc = "";
    private String doc = "";
    private String count = "any";
    private boolean required;
    private boolean alsoAttribute;
    private boolean terragrunt;
    private boolean anyAttributes;
    private boolean anyBlocks;
    private String anyAttributesDoc = "";
    private Block passThrough;
    private final List<String> notPassed = new ArrayList<>();
    private final Map<String, Attr> attrs = new LinkedHashMap<>();
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private Block parent;

    private Block(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Exactly one label, documented as {@code doc} (e.g. {@code "<name>"}). */
    public Block label(String doc) {
      return labels(1, 1, doc);
    }

    /** Between {@code min} and {@code max} labels. */
    public Block labels(int min, int max, String doc) {
      this.minLabels = min;
      this.maxLabels = max;
      this.labelDoc = doc;
      return this;
    }

    /** One line of documentation (Markdown). */
    public Block doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** How often it may appear in its parent, as documented ({@code "0-1"}, {@code "1"}, {@code "any"}). */
    public Block count(String count) {
      this.count = count;
      return this;
    }

    /** The block must be given. */
    public Block required() {
      this.required = true;
      return this;
    }

    /** Terragrunt's own block (its required attributes are Terragrunt's requirement, and said so). */
    public Block terragrunt() {
      this.terragrunt = true;
      return this;
    }

    public boolean isTerragrunt() {
      return terragrunt;
    }

    /** May also be written as an attribute {@code name = <expression>} (Terragrunt allows that). */
    public Block alsoAttribute() {
      this.alsoAttribute = true;
      return this;
    }

    /** Any attribute is allowed in the body, besides the listed ones ({@code doc} says what they are). */
    public Block anyAttributes(String doc) {
      this.anyAttributes = true;
      this.anyAttributesDoc = doc;
      return this;
    }

    /** Any nested block is allowed, unchecked (content copied as written). */
    public Block anyBlocks() {
      this.anyBlocks = true;
      return this;
    }

    /** Everything {@code other} allows is allowed here too, except the names given. */
    public Block passThrough(Block other, String... except) {
      this.passThrough = other;
      this.notPassed.addAll(List.of(except));
      return this;
    }

    /** Adds attributes. */
    public Block attrs(Attr... attrs) {
      for (Attr a : attrs) {
        if (this.attrs.putIfAbsent(a.name(), a) != null) {
          throw new IllegalStateException("attribute " + a.name() + " registered twice in " + name);
        }
      }
      return this;
    }

    /** Adds nested blocks. */
    public Block blocks(Block... blocks) {
      for (Block b : blocks) {
        if (this.blocks.putIfAbsent(b.name(), b) != null) {
          throw new IllegalStateException("block " + b.name() + " registered twice in " + name);
        }
        if (b.parent == null) {
          b.parent = this;
        }
      }
      return this;
    }

    public String name() {
      return name;
    }

    public int minLabels() {
      return minLabels;
    }

    public int maxLabels() {
      return maxLabels;
    }

    public String labelDoc() {
      return labelDoc;
    }

    public String doc() {
      return doc;
    }

    public String count() {
      return count;
    }

    /** How often it may appear in its parent at most (by {@link #count()}), or -1 for no limit. */
    public int maxCount() {
      return switch (count) {
        case "0-1", "1" -> 1;
        default -> -1;
      };
    }

    public boolean isRequired() {
      return required;
    }

    public boolean isAlsoAttribute() {
      return alsoAttribute;
    }

    public boolean allowsAnyAttribute() {
      return anyAttributes;
    }

    public String anyAttributesDoc() {
      return anyAttributesDoc;
    }

    public boolean allowsAnyBlock() {
      return anyBlocks;
    }

    /** The schema whose top-level names this body also takes, or null. */
    public Block passThrough() {
      return passThrough;
    }

    /** Names of {@link #passThrough()} this body does not take. */
    public List<String> notPassed() {
      return Collections.unmodifiableList(notPassed);
    }

    public Map<String, Attr> attrs() {
      return Collections.unmodifiableMap(attrs);
    }

    public Map<String, Block> blocks() {
      return Collections.unmodifiableMap(blocks);
    }

    /** The block this one was first registered in (null for a schema's root). */
    public Block parent() {
      return parent;
    }

    /** The dotted path from the schema's root, e.g. {@code stack.module.variable} (the root itself is ""). */
    public String path() {
      if (parent == null) {
        return "";
      }
      String up = parent.path();
      return up.isEmpty() ? name : up + "." + name;
    }

    /**
     * What {@link SchemaCheck} asks of every body of this block, worked out once on first use instead of
     * per body (issue 23): the required attributes in order, and the blocks (own or passed through) the
     * body takes at most once, by name. Schemas are built in their classes' static set-up and then only
     * read; two threads working it out at once build equal values.
     */
    private volatile List<Attr> requiredAttrs;
    private volatile Map<String, Block> onceBlocks;

    /** The attributes {@link Attr#isRequired()}, in declaration order. */
    List<Attr> requiredAttrs() {
      List<Attr> r = requiredAttrs;
      if (r == null) {
        List<Attr> out = new ArrayList<>();
        for (Attr a : attrs.values()) {
          if (a.isRequired()) {
            out.add(a);
          }
        }
        requiredAttrs = r = List.copyOf(out);
      }
      return r;
    }

    /** The block {@link #block(String)} finds for {@code name} when it may appear at most once, else null. */
    Block onceBlock(String name) {
      Map<String, Block> m = onceBlocks;
      if (m == null) {
        Map<String, Block> out = new java.util.HashMap<>();
        List<String> names = new ArrayList<>(blocks.keySet());
        if (passThrough != null) {
          names.addAll(passThrough.blocks.keySet());
        }
        for (String n : names) {
          Block b = block(n);
          if (b != null && b.maxCount() == 1) {
            out.put(n, b);
          }
        }
        onceBlocks = m = Map.copyOf(out);
      }
      return m.isEmpty() ? null : m.get(name);
    }

    /** The attribute {@code name} of this body or of its pass-through schema. */
    public Attr attr(String name) {
      Attr a = attrs.get(name);
      if (a == null && passThrough != null && !notPassed.contains(name)) {
        a = passThrough.attrs.get(name);
      }
      return a;
    }

    /** The nested block {@code name} of this body or of its pass-through schema. */
    public Block block(String name) {
      Block b = blocks.get(name);
      if (b == null && passThrough != null && !notPassed.contains(name)) {
        b = passThrough.blocks.get(name);
      }
      return b;
    }

    /** Every block below this one (depth first, each once), this one included. */
    public List<Block> descendants() {
      List<Block> out = new ArrayList<>();
      collect(this, out);
      return out;
    }

    private static void collect(Block b, List<Block> out) {
      if (out.contains(b)) {
        return;
      }
      out.add(b);
      for (Block child : b.blocks.values()) {
        collect(child, out);
      }
    }
  }
}
