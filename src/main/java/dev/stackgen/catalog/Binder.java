package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Trivia;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a model part from a body {@link SchemaCheck} has passed: each name the schema declares for
 * the body is bound once to the code that fills the model field it stands for, and {@link #bind}
 * walks the body's items (with their comments, {@link BodyItems}) and calls them in the order
 * written. This replaces the readers' {@code switch} over names: the names are the schema's
 * ({@link CatalogSchema}'s constants), a binding for a name the schema does not declare fails when the
 * binder is built, and an item the schema lets through that no binding reads fails loudly instead
 * of being dropped.
 *
 * <p>The binder checks nothing the schema already checked (names, counts, labels, literal types and
 * values); what the readers check beyond the schema (paths, cross references) stays in the bound code,
 * with its wording.
 */
final class Binder {
  /** Reads one attribute with the comments and blank lines above it. */
  @FunctionalInterface
  interface OnAttribute {
    void read(Attribute a, Trivia leading) throws CatalogException, HclSyntaxException;

    /** This reading, then {@code next}. */
    default OnAttribute then(OnAttribute next) {
      return (a, leading) -> {
        read(a, leading);
        next.read(a, leading);
      };
    }
  }

  /** Reads one nested block with the comments and blank lines above it. */
  @FunctionalInterface
  interface OnBlock {
    void read(Block b, Trivia leading) throws CatalogException, HclSyntaxException;
  }

  /** Takes a literal value the schema has checked the type of. */
  @FunctionalInterface
  interface OnValue<T> {
    void read(T value) throws CatalogException;
  }

  private final HclFile file;
  private final Schema.Block schema;
  private final Map<String, OnAttribute> attributes = new HashMap<>();
  private final Map<String, OnBlock> blocks = new HashMap<>();
  private OnAttribute otherAttribute;
  private OnBlock otherBlock;
  private BodyItems.Item current;

  /** A binder for bodies of {@code schema} in {@code file}. */
  Binder(HclFile file, Schema.Block schema) {
    this.file = file;
    this.schema = schema;
  }

  /** Binds the attribute {@code name}, which {@code schema} must declare. */
  Binder attr(String name, OnAttribute read) {
    if (schema.attr(name) == null) {
      throw new IllegalStateException("binds attribute " + name + ", which " + where() + " does not declare");
    }
    if (attributes.put(name, read) != null) {
      throw new IllegalStateException("attribute " + name + " bound twice in " + where());
    }
    return this;
  }

  /** Binds a literal {@code true}/{@code false} attribute. */
  Binder bool(String name, OnValue<Boolean> read) {
    return attr(name, (a, leading) -> read.read(Items.bool(file, a)));
  }

  /** Binds a literal string attribute. */
  Binder string(String name, OnValue<String> read) {
    return attr(name, (a, leading) -> read.read(Items.string(file, a)));
  }

  /** Binds the nested block {@code name}, which {@code schema} must declare. */
  Binder block(String name, OnBlock read) {
    if (schema.block(name) == null) {
      throw new IllegalStateException("binds block " + name + ", which " + where() + " does not declare");
    }
    if (blocks.put(name, read) != null) {
      throw new IllegalStateException("block " + name + " bound twice in " + where());
    }
    return this;
  }

  /** Reads every attribute no binding names (user content: module arguments, Terragrunt items). */
  Binder otherAttributes(OnAttribute read) {
    this.otherAttribute = read;
    return this;
  }

  /** Reads every nested block no binding names. */
  Binder otherBlocks(OnBlock read) {
    this.otherBlock = read;
    return this;
  }

  /** Whether {@code node} is an item a binding (not the other-handlers) names. */
  boolean binds(Node node) {
    return node instanceof Attribute a ? attributes.containsKey(a.name())
        : node instanceof Block b && blocks.containsKey(b.type());
  }

  /** Reads every item of {@code block}'s body in order; returns the items (for the trivia after the last). */
  BodyItems bind(Block block) throws CatalogException, HclSyntaxException {
    return bind(BodyItems.of(block));
  }

  /** Reads every item of {@code body} in order; returns it (for the trivia after the last). */
  BodyItems bind(BodyItems body) throws CatalogException, HclSyntaxException {
    for (BodyItems.Item item : body) {
      current = item;
      dispatch(item.node(), item.leading());
    }
    current = null;
    return body;
  }

  /** The item {@link #bind} is reading (for a binding that needs more than the lines above, e.g. its header). */
  BodyItems.Item current() {
    return current;
  }

  /** Reads one item (an attribute or a block) with the trivia above it. */
  void dispatch(Node node, Trivia leading) throws CatalogException, HclSyntaxException {
    if (node instanceof Attribute a) {
      OnAttribute read = attributes.getOrDefault(a.name(), otherAttribute);
      if (read == null) {
        throw unread("an attribute", a.name());
      }
      read.read(a, leading);
    } else if (node instanceof Block b) {
      OnBlock read = blocks.getOrDefault(b.type(), otherBlock);
      if (read == null) {
        throw unread("a block", b.type());
      }
      read.read(b, leading);
    }
  }

  private IllegalStateException unread(String kind, String name) {
    return unread(schema, kind, name);
  }

  private static IllegalStateException unread(Schema.Block schema, String kind, String name) {
    return new IllegalStateException(kind + " the schema takes but no reader reads: " + name + " in "
        + where(schema));
  }

  private String where() {
    return where(schema);
  }

  private static String where(Schema.Block schema) {
    return schema.path().isEmpty() ? schema.name() : schema.path();
  }

  /**
   * The bindings of a reader that reads many bodies (one {@code stack} block each), made once for the reader
   * class instead of once per body (issue 23: a binder per stack built its maps and a dozen lambdas for each
   * stack, and checked every binding against the schema again): each binding takes the reader it fills. The
   * same rules as a {@link Binder}'s: names the schema declares, each bound once, an item no binding reads
   * fails loudly.
   */
  static final class Table<R> {
    /** Reads one attribute into {@code r}; {@code item} is the item being read (for its header). */
    @FunctionalInterface
    interface OnAttribute<R> {
      void read(R r, Attribute a, Trivia leading, BodyItems.Item item) throws CatalogException, HclSyntaxException;
    }

    /** Reads one nested block into {@code r}; {@code item} is the item being read (for its header). */
    @FunctionalInterface
    interface OnBlock<R> {
      void read(R r, Block b, Trivia leading, BodyItems.Item item) throws CatalogException, HclSyntaxException;
    }

    private final Schema.Block schema;
    private final Map<String, OnAttribute<R>> attributes = new HashMap<>();
    private final Map<String, OnBlock<R>> blocks = new HashMap<>();
    private OnAttribute<R> otherAttribute;
    private OnBlock<R> otherBlock;

    /** Bindings for bodies of {@code schema}; fill them in a static initializer, then only read them. */
    Table(Schema.Block schema) {
      this.schema = schema;
    }

    /** Binds the attribute {@code name}, which the schema must declare. */
    Table<R> attr(String name, OnAttribute<R> read) {
      if (schema.attr(name) == null) {
        throw new IllegalStateException("binds attribute " + name + ", which " + where(schema) + " does not declare");
      }
      if (attributes.put(name, read) != null) {
        throw new IllegalStateException("attribute " + name + " bound twice in " + where(schema));
      }
      return this;
    }

    /** Binds the nested block {@code name}, which the schema must declare. */
    Table<R> block(String name, OnBlock<R> read) {
      if (schema.block(name) == null) {
        throw new IllegalStateException("binds block " + name + ", which " + where(schema) + " does not declare");
      }
      if (blocks.put(name, read) != null) {
        throw new IllegalStateException("block " + name + " bound twice in " + where(schema));
      }
      return this;
    }

    /** Reads every attribute no binding names. */
    Table<R> otherAttributes(OnAttribute<R> read) {
      this.otherAttribute = read;
      return this;
    }

    /** Reads every nested block no binding names. */
    Table<R> otherBlocks(OnBlock<R> read) {
      this.otherBlock = read;
      return this;
    }

    /** Reads every item of {@code body} into {@code r} in order; returns it (for the trivia after the last). */
    BodyItems bind(R r, BodyItems body) throws CatalogException, HclSyntaxException {
      for (BodyItems.Item item : body) {
        Node node = item.node();
        if (node instanceof Attribute a) {
          OnAttribute<R> read = attributes.getOrDefault(a.name(), otherAttribute);
          if (read == null) {
            throw unread(schema, "an attribute", a.name());
          }
          read.read(r, a, item.leading(), item);
        } else if (node instanceof Block b) {
          OnBlock<R> read = blocks.getOrDefault(b.type(), otherBlock);
          if (read == null) {
            throw unread(schema, "a block", b.type());
          }
          read.read(r, b, item.leading(), item);
        }
      }
      return body;
    }
  }
}
