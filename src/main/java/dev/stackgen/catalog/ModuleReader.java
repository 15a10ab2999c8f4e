package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Reference;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Derivation;
import dev.stackgen.model.Expr;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleLayout;
import dev.stackgen.model.Names;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import dev.stackgen.model.Verbatim;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a stack's {@code module "<name>"} block: module arguments are its attributes; nested
 * {@code variable}, {@code vault}, {@code locals} and {@code derive} blocks state the rest, {@code layout}
 * how main.tf is spaced, {@code elsewhere} what other files of the stack declare. Fills in what is left
 * out (variables, vault sources, {@code source}, {@code tier}) and checks every {@code var.},
 * {@code local.} and {@code data.vault_kv_secret_v2.} reference.
 *
 * <p>At about 450 lines it is above the ~400 the project aims for: main.tf's layout (the order of its
 * blocks, the comments around the call, the locals blocks merged and re-split) and the reference
 * check share the block's state, and splitting them would pass a dozen locals between classes. Names,
 * labels, counts and values are the schema's ({@link SchemaCheck}); nothing here re-checks them.
 */
final class ModuleReader {
  /** Terraform blocks a module block may hold, copied into main.tf as written. */
  static final List<String> EXTRA_BLOCKS = ModuleCall.VERBATIM_BLOCKS;
  /** Locals every stack folder has without declaring them (tiers.tf). */
  static final Set<String> PROVIDED_LOCALS = Set.of("tiers");

  private final HclFile file;
  private final String stack;
  private final String tier;
  private final List<Warning> warnings;
  private final Declarations provided;

  /**
   * @param provided what Terragrunt's generate blocks (the root's and the stack's) write into the stack
   */
  ModuleReader(HclFile file, String stack, String tier, List<Warning> warnings, Declarations provided) {
    this.file = file;
    this.stack = stack;
    this.tier = tier;
    this.warnings = warnings;
    this.provided = provided;
  }

  private record Scanned(Attr attr, Expression expression) {}

  private record VaultBlock(VaultSource source, List<Expression> expressions) {}

  ModuleCall read(Block block, Trivia header) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, block);
    String name = Items.identifierLabel(file, block, "module name");
    boolean deriveVariables = true;
    boolean deriveVault = true;
    boolean deriveSource = true;
    boolean deriveTier = true;
    boolean blankLinesAsWritten = false;
    boolean oneLineCall = false;
    Trivia footer = Trivia.NONE;
    Trivia beforeCall = null;
    Declarations elsewhere = Declarations.NONE;
    Set<String> usedElsewhere = Set.of();
    Map<String, Scanned> arguments = new LinkedHashMap<>();
    Nested nested = new Nested(name);
    Map<String, Variable> variables = nested.variables;
    Map<String, VaultBlock> vaults = nested.vaults;
    Map<String, Scanned> locals = nested.locals;
    SourceRef afterAt = null;
    Trivia afterTrailing = Trivia.NONE;
    Trivia callClosing = Trivia.NONE;
    BodyItems body = BodyItems.of(block);
    for (BodyItems.Item item : body) {
      Node node = item.node();
      SourceRef ref = CatalogReader.ref(file, node);
      Trivia leading = item.leading();
      if (node instanceof Attribute a) {
        if (arguments.isEmpty()) {
          leading = new Trivia(leading.fromFirstComment());
        }
        arguments.put(a.name(), new Scanned(Items.attr(file, a, leading), a.expression()));
        continue;
      }
      Block b = (Block) node;
      if (nested.read(b, leading)) {
        continue;
      }
      switch (b.type()) {
        case "after_module" -> {
          afterAt = ref;
          nested.order.add(ModuleLayout.CALL);
          if (!arguments.isEmpty()) {
            // Written after the arguments: its comments above end the call's body.
            List<String> comments = new ArrayList<>(leading.fromFirstComment());
            while (!comments.isEmpty() && comments.get(comments.size() - 1).isEmpty()) {
              comments.remove(comments.size() - 1);
            }
            callClosing = new Trivia(comments);
          }
          BodyItems inner = BodyItems.of(b);
          for (BodyItems.Item innerItem : inner) {
            nested.read(innerItem.block(), innerItem.leading()); // the schema let only main.tf's blocks in
          }
          afterTrailing = inner.trailing();
        }
        case "derive" -> {
          for (Attribute a : b.body().attributes()) {
            boolean value = Items.bool(file, a);
            switch (a.name()) {
              case "variables" -> deriveVariables = value;
              case "vault" -> deriveVault = value;
              case "source" -> deriveSource = value;
              case "tier" -> deriveTier = value;
              default -> {}
            }
          }
        }
        case "layout" -> {
          for (Attribute a : b.body().attributes()) {
            switch (a.name()) {
              case "blank_lines" -> blankLinesAsWritten = Items.string(file, a).equals("as_written");
              case "footer" -> footer = lines(a);
              case "one_line_call" -> oneLineCall = Items.bool(file, a);
              case "before_module" -> beforeCall = lines(a);
              default -> {}
            }
          }
        }
        case "elsewhere" -> {
          Set<String> vars = Set.of();
          Set<String> locs = Set.of();
          Set<String> vlt = Set.of();
          for (Attribute a : b.body().attributes()) {
            Set<String> names = identifiers(a);
            switch (a.name()) {
              case "variables" -> vars = names;
              case "locals" -> locs = names;
              case "vault" -> vlt = names;
              case "used_variables" -> usedElsewhere = names;
              default -> {}
            }
          }
          elsewhere = new Declarations(vars, locs, vlt);
        }
        default -> throw new IllegalStateException("a block the schema takes but no reader reads: " + b.type());
      }
    }
    if (afterAt == null) {
      nested.order.add(ModuleLayout.CALL);
    }

    Declarations declaredElsewhere = provided.plus(elsewhere);
    // loops, not streams, in this method: it runs for every module on every check
    List<Expression> scanned = new ArrayList<>();
    List<VaultSource> vaultSources = new ArrayList<>();
    for (VaultBlock v : vaults.values()) {
      scanned.addAll(v.expressions());
      vaultSources.add(v.source());
    }
    List<Attr> localAttrs = new ArrayList<>();
    for (Scanned s : locals.values()) {
      scanned.add(s.expression());
      localAttrs.add(s.attr());
    }
    List<Attr> argumentAttrs = new ArrayList<>();
    for (Scanned s : arguments.values()) {
      scanned.add(s.expression());
      argumentAttrs.add(s.attr());
    }
    for (Block b : nested.extraBlocks) {
      scanned.addAll(expressions(b));
    }

    Set<String> usedVariables = new HashSet<>();
    for (Expression e : scanned) {
      for (Reference r : Expressions.references(e)) {
        String[] parts = r.path().split("\\.");
        SourceRef refAt = new SourceRef(file.fileName(), r.line(), r.column());
        switch (parts[0]) {
          case "var" -> {
            usedVariables.add(parts[1]);
            if (!deriveVariables && !variables.containsKey(parts[1])
                && !declaredElsewhere.variables().contains(parts[1])) {
              throw new CatalogException(refAt, "var." + parts[1] + " is used but not declared in module \""
                  + name + "\" (add variable \"" + parts[1] + "\" { type = string }, or remove"
                  + " variables = false from derive)");
            }
          }
          case "local" -> {
            if (!locals.containsKey(parts[1]) && !PROVIDED_LOCALS.contains(parts[1])
                && !declaredElsewhere.locals().contains(parts[1])) {
              throw new CatalogException(refAt, "local." + parts[1] + " is used but not declared in module \""
                  + name + "\" (declare it in a locals block inside the module; only local.tiers is provided,"
                  + " besides what the root's generate blocks and elsewhere { locals = [...] } declare)");
            }
          }
          case "data" -> {
            if (!deriveVault && parts.length > 2 && parts[1].equals(VaultSource.TYPE)
                && !vaults.containsKey(parts[2]) && !declaredElsewhere.vault().contains(parts[2])) {
              throw new CatalogException(refAt, "data." + VaultSource.TYPE + "." + parts[2]
                  + " is referenced but not defined in module \"" + name + "\" (add vault \"" + parts[2]
                  + "\" { name = \"" + stack + "\" } to it, or remove vault = false from derive)");
            }
          }
          default -> {}
        }
      }
    }
    for (Variable v : variables.values()) {
      if (!usedVariables.contains(v.name()) && !usedElsewhere.contains(v.name())) {
        warnings.add(new Warning(v.source(), "variable \"" + v.name() + "\" is declared but nothing in module \""
            + name + "\" uses it"));
      }
    }
    List<String> footerLines = new ArrayList<>(afterTrailing.lines());
    footerLines.addAll(footer.lines());
    ModuleCall explicit = new ModuleCall(name, header, List.copyOf(variables.values()),
        vaultSources, nested.localsLeading, localAttrs, openComment(block), argumentAttrs, callClosing.isEmpty()
            ? body.trailing() : callClosing, at,
        new ModuleLayout(blankLinesAsWritten, beforeCall, block.trailingComment().map(Comment::text).orElse(""),
            new Trivia(footerLines), nested.order, nested.localsBlocks, oneLineCall),
        nested.extras);
    try {
      return explicit.withDerived(stack, tier, new Derivation(deriveVariables, deriveVault, deriveSource,
          // An unknown tier is reported by the catalog's own checks; derive nothing from it here.
          deriveTier && Names.isIdentifier(tier)), declaredElsewhere);
    } catch (IllegalArgumentException e) {
      // A name the model refuses is a catalog mistake: report it at the module block.
      throw new CatalogException(at, e.getMessage());
    }
  }

  /** Every expression of a block copied as written, nested blocks included. */
  private static List<Expression> expressions(Block b) {
    List<Expression> out = new ArrayList<>();
    for (Node n : b.body().nodes()) {
      if (n instanceof Attribute a) {
        out.add(a.expression());
      } else if (n instanceof Block inner) {
        out.addAll(expressions(inner));
      }
    }
    return out;
  }

  /**
   * The blocks of main.tf other than the call, as the module block (or its {@code after_module}
   * block) nests them: variables, vault sources, locals (merged), blocks copied as written, and
   * their order.
   */
  private final class Nested {
    private final String module;
    final Map<String, Variable> variables = new LinkedHashMap<>();
    final Map<String, VaultBlock> vaults = new LinkedHashMap<>();
    final Map<String, Scanned> locals = new LinkedHashMap<>();
    final List<Verbatim> extras = new ArrayList<>();
    final List<Block> extraBlocks = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    final Map<String, SourceRef> seen = new HashMap<>();
    Trivia localsLeading = Trivia.NONE;
    SourceRef localsAt;
    final List<ModuleLayout.LocalsBlock> localsBlocks = new ArrayList<>();

    Nested(String module) {
      this.module = module;
    }

    /** Reads {@code b} when it is one of main.tf's blocks; false when it is not. */
    boolean read(Block b, Trivia leading) throws CatalogException {
      SourceRef ref = CatalogReader.ref(file, b);
      switch (b.type()) {
        case "variable" -> {
          Variable v = variable(b, leading);
          once(seen, "variable " + v.name(), ref, "variable \"" + v.name() + "\" declared twice in module \""
              + module + "\"");
          variables.put(v.name(), v);
          order.add(ModuleLayout.key(v));
        }
        case "vault" -> {
          VaultBlock v = vault(b, leading);
          once(seen, "vault " + v.source().label(), ref, "vault \"" + v.source().label()
              + "\" declared twice in module \"" + module + "\"");
          vaults.put(v.source().label(), v);
          order.add(ModuleLayout.key(v.source()));
        }
        case "locals" -> {
          if (localsAt == null) {
            localsLeading = leading;
            localsAt = ref;
          }
          order.add("locals");
          int before = locals.size();
          Trivia closing = readLocals(b, locals, module);
          localsBlocks.add(new ModuleLayout.LocalsBlock(leading, openComment(b), locals.size() - before, closing,
              b.trailingComment().map(Comment::text).orElse("")));
        }
        default -> {
          if (!EXTRA_BLOCKS.contains(b.type())) {
            return false;
          }
          Verbatim v = Items.verbatim(file, b, leading);
          extras.add(v);
          extraBlocks.add(b);
          order.add(v.key());
        }
      }
      return true;
    }
  }

  /** A list of names, each an identifier. */
  private Set<String> identifiers(Attribute a) throws CatalogException {
    List<String> names;
    try {
      names = Expressions.decodeStringList(a.expression());
    } catch (dev.stackgen.hcl.HclSyntaxException e) {
      throw new CatalogException(Items.valueRef(file, a), a.name() + " must be a list of names, e.g. [\"a\", \"b\"]");
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String n : names) {
      if (!Names.isIdentifier(n)) {
        throw new CatalogException(Items.valueRef(file, a), "\"" + n + "\" in " + a.name() + " is not a name");
      }
      out.add(n);
    }
    return out;
  }

  /**
   * Lines above or after the module call: a list of strings, each empty (a blank line) or a comment,
   * e.g. {@code footer = ["", "# end"]}.
   */
  private Trivia lines(Attribute a) throws CatalogException {
    List<String> lines;
    try {
      lines = Expressions.decodeStringList(a.expression());
    } catch (dev.stackgen.hcl.HclSyntaxException e) {
      throw new CatalogException(Items.valueRef(file, a), a.name()
          + " must be a list of lines, e.g. [\"\", \"# end\"]");
    }
    String text = String.join("\n", lines) + "\n";
    try {
      HclFile parsed = dev.stackgen.hcl.HclParser.parse(text, file.fileName());
      if (parsed.body().nodes().stream().anyMatch(n -> !(n instanceof Comment || n instanceof BlankLine))) {
        throw new CatalogException(Items.valueRef(file, a), a.name() + " lines must be blank lines or comments");
      }
    } catch (dev.stackgen.hcl.HclSyntaxException e) {
      throw new CatalogException(Items.valueRef(file, a), a.name() + " lines must be blank lines or comments");
    }
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new CatalogException(Items.valueRef(file, a), "a line of " + a.name() + " may not hold a line break");
      }
    }
    return new Trivia(lines);
  }

  private static void once(Map<String, SourceRef> seen, String key, SourceRef at, String message)
      throws CatalogException {
    SourceRef first = seen.putIfAbsent(key, at);
    if (first != null) {
      throw new CatalogException(at, message + " (first at " + first + ")");
    }
  }

  /** Reads a locals block into {@code locals}; returns the comment and blank lines before its closing brace. */
  private Trivia readLocals(Block b, Map<String, Scanned> locals, String module) throws CatalogException {
    BodyItems body = BodyItems.of(b);
    for (BodyItems.Item item : body) {
      Node n = item.node();
      if (n instanceof Attribute a) {
        Scanned first = locals.get(a.name());
        if (first != null) {
          throw new CatalogException(Items.ref(file, a), "local \"" + a.name() + "\" given twice in module \""
              + module + "\" (first at " + first.attr().source() + ")");
        }
        locals.put(a.name(), new Scanned(Items.attr(file, a, item.leading()), a.expression()));
      } else {
        throw new CatalogException(CatalogReader.ref(file, n), "unexpected block \"" + ((Block) n).type()
            + "\" in locals block; it takes attributes only");
      }
    }
    return body.trailing();
  }

  private Variable variable(Block b, Trivia leading) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, b);
    String name = Items.identifierLabel(file, b, "variable name");
    List<Attr> attributes = new ArrayList<>();
    List<Verbatim> blocks = new ArrayList<>();
    BodyItems body = BodyItems.of(b);
    for (BodyItems.Item item : body) { // names, types and the one nested block (validation): the schema's
      if (item.node() instanceof Attribute a) {
        attributes.add(Items.attr(file, a, item.leading()));
      } else {
        blocks.add(Items.verbatim(file, item.node(), item.leading()));
      }
    }
    String trailing = b.trailingComment().map(Comment::text).orElse("");
    return new Variable(name, attributes, blocks, b.oneLine(), leading, openComment(b), trailing,
        body.trailing(), at);
  }

  private VaultBlock vault(Block b, Trivia leading) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, b);
    String label = Items.identifierLabel(file, b, "vault label");
    Attr mount = null;
    Attr path = null;
    List<Attr> extra = new ArrayList<>();
    List<String> order = new ArrayList<>();
    List<Expression> expressions = new ArrayList<>();
    BodyItems body = BodyItems.of(b);
    for (BodyItems.Item item : body) { // attributes only, each known: the schema's
      Attribute a = item.attribute();
      order.add(a.name());
      Attr attr = Items.attr(file, a, item.leading());
      expressions.add(a.expression());
      switch (a.name()) {
        case "mount" -> mount = attr;
        case "name" -> path = attr;
        default -> extra.add(attr);
      }
    }
    if (mount == null) {
      mount = Attr.of("mount", Expr.string(VaultSource.DEFAULT_MOUNT));
    }
    if (path == null) {
      path = Attr.of("name", Expr.string(stack));
    }
    return new VaultBlock(new VaultSource(label, mount, path, extra, leading, openComment(b), at, order,
        body.trailing(), b.trailingComment().map(Comment::text).orElse("")), expressions);
  }

  private static String openComment(Block b) {
    return b.openComment().map(Comment::text).orElse("");
  }
}
