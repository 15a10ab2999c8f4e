package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expression;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Reference;
import dev.stackgen.model.Attr;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Derivation;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.ModuleLayout;
import dev.stackgen.model.ModuleSyntax;
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
 * <p>The items are read by {@link Binder}s over the schema's entries ({@link CatalogSchema#MODULE}):
 * names, labels, counts and values are the schema's ({@link SchemaCheck}); nothing here re-checks them.
 * A block is read from its node ({@link #read}) or, for import, item by item from a main.tf's nodes
 * ({@link ModuleBlocks}: {@link #start}, {@link #settings}, the items through the binder, {@link #finish}).
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

  // What the module block says, filled by the binders below while its body is read.
  private boolean deriveVariables = true;
  private boolean deriveVault = true;
  private boolean deriveSource = true;
  private boolean deriveTier = true;
  private boolean blankLinesAsWritten;
  private boolean oneLineCall;
  private Trivia footer = Trivia.NONE;
  private Trivia beforeCall;
  private Set<String> elsewhereVariables = Set.of();
  private Set<String> elsewhereLocals = Set.of();
  private Set<String> elsewhereVault = Set.of();
  private Set<String> usedElsewhere = Set.of();
  private final Map<String, ModuleItems.Scanned> arguments = new LinkedHashMap<>();
  private Nested nested;
  private SourceRef afterAt;
  private Trivia afterTrailing = Trivia.NONE;
  private Trivia callClosing = Trivia.NONE;
  // How the block is written (ModuleSyntax), filled alongside.
  private final List<ModuleSyntax.Part> order = new ArrayList<>();
  private final List<Verbatim> meta = new ArrayList<>();
  private Trivia firstArgumentLeading = Trivia.NONE;
  private Trivia afterLeading = Trivia.NONE;
  private ModuleSyntax syntax;

  /** How the module block {@link #read} read was written. */
  ModuleSyntax syntax() {
    return syntax;
  }

  private Binder.OnBlock meta(Binder binder) {
    return (b, leading) -> {
      binder.bind(b);
      meta.add(Items.verbatim(file, b, leading));
      order.add(ModuleSyntax.Part.META);
    };
  }

  /** The module block's own items: arguments, main.tf's blocks, and the blocks that say how to write it. */
  private Binder moduleBinder() {
    Schema.Block derive = CatalogSchema.MODULE.block(Name.DERIVE);
    Schema.Block layout = CatalogSchema.MODULE.block(Name.LAYOUT);
    Schema.Block elsewhereBlock = CatalogSchema.MODULE.block(Name.ELSEWHERE);
    Binder deriveBinder = new Binder(file, derive)
        .bool(Name.VARIABLES, v -> deriveVariables = v)
        .bool(Name.VAULT, v -> deriveVault = v)
        .bool(Name.SOURCE, v -> deriveSource = v)
        .bool(Name.TIER, v -> deriveTier = v);
    Binder layoutBinder = new Binder(file, layout)
        .string(Name.BLANK_LINES, v -> blankLinesAsWritten = v.equals("as_written"))
        .attr(Name.FOOTER, (a, l) -> footer = Items.triviaLines(file, a))
        .bool(Name.ONE_LINE_CALL, v -> oneLineCall = v)
        .attr(Name.BEFORE_MODULE, (a, l) -> beforeCall = Items.triviaLines(file, a));
    Binder elsewhereBinder = new Binder(file, elsewhereBlock)
        .attr(Name.VARIABLES, (a, l) -> elsewhereVariables = Items.identifiers(file, a))
        .attr(Name.LOCALS, (a, l) -> elsewhereLocals = Items.identifiers(file, a))
        .attr(Name.VAULT, (a, l) -> elsewhereVault = Items.identifiers(file, a))
        .attr(Name.USED_VARIABLES, (a, l) -> usedElsewhere = Items.identifiers(file, a));
    return nested.bind(new Binder(file, CatalogSchema.MODULE))
        .otherAttributes((a, leading) -> {
          if (arguments.isEmpty()) {
            firstArgumentLeading = leading;
          }
          arguments.put(a.name(), new ModuleItems.Scanned(Items.attr(file, a,
              arguments.isEmpty() ? new Trivia(leading.fromFirstComment()) : leading), a.expression()));
          order.add(ModuleSyntax.Part.ARGUMENT);
        })
        .block(Name.AFTER_MODULE, this::afterModule)
        .block(Name.DERIVE, meta(deriveBinder))
        .block(Name.LAYOUT, meta(layoutBinder))
        .block(Name.ELSEWHERE, meta(elsewhereBinder));
  }

  /** {@code after_module { }}: main.tf's blocks after the call. */
  private void afterModule(Block b, Trivia leading) throws CatalogException, HclSyntaxException {
    afterOpen(CatalogReader.ref(file, b), leading);
    afterClose(afterBinder().bind(b).trailing());
  }

  /** The opening of {@code after_module} at {@code at}, with the lines above it. */
  void afterOpen(SourceRef at, Trivia leading) {
    afterAt = at;
    afterLeading = leading;
    order.add(ModuleSyntax.Part.AFTER_OPEN);
    nested.order.add(ModuleLayout.CALL);
    if (!arguments.isEmpty()) {
      // Written after the arguments: its comments above end the call's body.
      List<String> comments = new ArrayList<>(leading.fromFirstComment());
      while (!comments.isEmpty() && comments.get(comments.size() - 1).isEmpty()) {
        comments.remove(comments.size() - 1);
      }
      callClosing = new Trivia(comments);
    }
  }

  /** The binder of {@code after_module}'s body: main.tf's blocks. */
  Binder afterBinder() {
    return nested.bind(new Binder(file, CatalogSchema.MODULE.block(Name.AFTER_MODULE)));
  }

  /** The closing of {@code after_module}, with the lines above its closing brace. */
  void afterClose(Trivia trailing) {
    afterTrailing = trailing;
    order.add(ModuleSyntax.Part.AFTER_CLOSE);
  }

  ModuleCall read(Block block, Trivia header) throws CatalogException {
    SourceRef at = CatalogReader.ref(file, block);
    String name = Items.identifierLabel(file, block, "module name");
    BodyItems body;
    try {
      body = start(name).bind(block);
    } catch (HclSyntaxException e) {
      throw new IllegalStateException(e); // the module's readers parse nothing but catalog literals
    }
    return finish(name, at, header, ModuleItems.openComment(block), block.trailingComment().map(Comment::text).orElse(
        ""),
        body.trailing());
  }

  /** Starts reading module {@code name}: the binder of the module block's body. */
  Binder start(String name) {
    nested = new Nested(name);
    return moduleBinder();
  }

  /**
   * The settings a module block's {@code derive}, {@code layout} and {@code elsewhere} blocks state, given as
   * values (import states them for a main.tf), and those blocks as written ({@code meta}, in order).
   */
  void settings(Derivation derivation, boolean asWritten, Trivia before, Trivia footerLines, boolean oneLine,
      Declarations elsewhere, Set<String> used, List<Verbatim> metaBlocks) {
    deriveVariables = derivation.variables();
    deriveVault = derivation.vault();
    deriveSource = derivation.source();
    deriveTier = derivation.tier();
    blankLinesAsWritten = asWritten;
    beforeCall = before;
    footer = footerLines;
    oneLineCall = oneLine;
    elsewhereVariables = elsewhere.variables();
    elsewhereLocals = elsewhere.locals();
    elsewhereVault = elsewhere.vault();
    usedElsewhere = used;
    for (Verbatim v : metaBlocks) {
      meta.add(v);
      order.add(ModuleSyntax.Part.META);
    }
  }

  /** A {@code data "vault_kv_secret_v2" "<label>"} block of main.tf, read as the {@code vault} block it nests as. */
  void vaultData(Block b, Trivia leading) throws CatalogException, HclSyntaxException {
    nested.vault(b, b.labels().get(1).value(), leading);
  }

  /**
   * The module call read: what the body said, checked (every {@code var.}, {@code local.} and
   * {@code data.vault_kv_secret_v2.} reference) and derived; {@code closing} the lines before the block's
   * closing brace.
   */
  ModuleCall finish(String name, SourceRef at, Trivia header, String open, String trailing, Trivia closing)
      throws CatalogException {
    Map<String, Variable> variables = nested.variables;
    Map<String, ModuleItems.VaultBlock> vaults = nested.vaults;
    Map<String, ModuleItems.Scanned> locals = nested.locals;
    if (afterAt == null) {
      nested.order.add(ModuleLayout.CALL);
    }

    Declarations declaredElsewhere = provided.plus(new Declarations(elsewhereVariables, elsewhereLocals,
        elsewhereVault));
    // loops, not streams, in this method: it runs for every module on every check
    List<Expression> scanned = new ArrayList<>();
    List<VaultSource> vaultSources = new ArrayList<>();
    for (ModuleItems.VaultBlock v : vaults.values()) {
      scanned.addAll(v.expressions());
      vaultSources.add(v.source());
    }
    List<Attr> localAttrs = new ArrayList<>();
    for (ModuleItems.Scanned s : locals.values()) {
      scanned.add(s.expression());
      localAttrs.add(s.attr());
    }
    List<Attr> argumentAttrs = new ArrayList<>();
    for (ModuleItems.Scanned s : arguments.values()) {
      scanned.add(s.expression());
      argumentAttrs.add(s.attr());
    }
    for (Block b : nested.extraBlocks) {
      scanned.addAll(ModuleItems.expressions(b));
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
        vaultSources, nested.localsLeading, localAttrs, open, argumentAttrs, callClosing.isEmpty()
            ? closing : callClosing, at,
        new ModuleLayout(blankLinesAsWritten, beforeCall, trailing, new Trivia(footerLines), nested.order,
            nested.localsBlocks, oneLineCall),
        nested.extras);
    syntax = new ModuleSyntax(order, explicit, firstArgumentLeading, meta, afterLeading, afterTrailing, closing);
    try {
      return explicit.withDerived(stack, tier, new Derivation(deriveVariables, deriveVault, deriveSource,
          // An unknown tier is reported by the catalog's own checks; derive nothing from it here.
          deriveTier && Names.isIdentifier(tier)), declaredElsewhere);
    } catch (IllegalArgumentException e) {
      // A name the model refuses is a catalog mistake: report it at the module block.
      throw new CatalogException(at, e.getMessage());
    }
  }

  /**
   * The blocks of main.tf other than the call, as the module block (or its {@code after_module}
   * block) nests them: variables, vault sources, locals (merged), blocks copied as written, and
   * their order.
   */
  private final class Nested {
    private final String module;
    final Map<String, Variable> variables = new LinkedHashMap<>();
    final Map<String, ModuleItems.VaultBlock> vaults = new LinkedHashMap<>();
    final Map<String, ModuleItems.Scanned> locals = new LinkedHashMap<>();
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

    /** Binds main.tf's blocks (variables, vault sources, locals, blocks copied as written) in {@code binder}. */
    Binder bind(Binder binder) {
      binder.block(Name.VARIABLE, (b, leading) -> {
        Variable v = ModuleItems.variable(file, b, leading);
        ModuleItems.once(seen, "variable " + v.name(), CatalogReader.ref(file, b), "variable \"" + v.name()
            + "\" declared twice in module \"" + module + "\"");
        variables.put(v.name(), v);
        order.add(ModuleLayout.key(v));
        ModuleReader.this.order.add(ModuleSyntax.Part.VARIABLE);
      }).block(Name.VAULT, (b, leading) -> vault(b, Items.identifierLabel(file, b, "vault label"), leading))
          .block(Name.LOCALS, (b, leading) -> {
            if (localsAt == null) {
              localsLeading = leading;
              localsAt = CatalogReader.ref(file, b);
            }
            order.add(Name.LOCALS);
            ModuleReader.this.order.add(ModuleSyntax.Part.LOCALS);
            int before = locals.size();
            Trivia closing = ModuleItems.readLocals(file, b, locals, module);
            localsBlocks.add(new ModuleLayout.LocalsBlock(leading, ModuleItems.openComment(b), locals.size() - before,
                closing,
                b.trailingComment().map(Comment::text).orElse("")));
          });
      for (String type : EXTRA_BLOCKS) {
        binder.block(type, (b, leading) -> {
          Verbatim v = Items.verbatim(file, b, leading);
          extras.add(v);
          extraBlocks.add(b);
          order.add(v.key());
          ModuleReader.this.order.add(ModuleSyntax.Part.EXTRA);
        });
      }
      return binder;
    }

    /** A vault source labelled {@code label} (a vault block's label, a vault data source's second). */
    void vault(Block b, String label, Trivia leading) throws CatalogException, HclSyntaxException {
      ModuleItems.VaultBlock v = ModuleItems.vault(file, stack, b, label, leading);
      ModuleItems.once(seen, "vault " + label, CatalogReader.ref(file, b), "vault \"" + label
          + "\" declared twice in module \""
          + module + "\"");
      vaults.put(label, v);
      order.add(ModuleLayout.key(v.source()));
      ModuleReader.this.order.add(ModuleSyntax.Part.VAULT);
    }
  }
}
