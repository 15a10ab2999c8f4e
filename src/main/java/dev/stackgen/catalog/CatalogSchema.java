package dev.stackgen.catalog;

import static dev.stackgen.catalog.Schema.Type.ANY;
import static dev.stackgen.catalog.Schema.Type.BOOL;
import static dev.stackgen.catalog.Schema.Type.MAP;
import static dev.stackgen.catalog.Schema.Type.NUMBER;
import static dev.stackgen.catalog.Schema.Type.STRING;
import static dev.stackgen.catalog.Schema.Type.STRING_LIST;
import static dev.stackgen.catalog.Schema.attr;
import static dev.stackgen.catalog.Schema.block;

import dev.stackgen.model.CatalogNames;
import dev.stackgen.model.PostfixOverlay;

/**
 * The one declarative schema of the catalog language: every stackgen block, its labels, attributes
 * (type, default, allowed values) and nested blocks, and where Terragrunt's own schema
 * ({@link TerragruntSchema}) applies to items copied into generated files.
 *
 * <p>{@link SchemaCheck} checks every catalog file against {@link #FILE} before the readers run
 * (unknown names with "did you mean" from both schemas, a name in the wrong block with the block it
 * belongs in, label counts, block counts, required attributes, literal types and values); the readers
 * then build the model and make only the checks no schema can state (tiers exist, no cycles, ...). {@link SchemaDocs} prints the tables
 * of docs/catalog.md from it, and a test keeps the two equal.
 *
 * <h2>Adding a block or attribute</h2>
 * Add one entry below, in the block it belongs to:
 * <pre>{@code
 *   attr("templates", STRING).literal().defaultValue("\"templates\"").doc("folder of template overrides")
 *   block("env").doc("docker-mailserver environment").anyAttributes("environment variables")
 * }</pre>
 * {@code literal()} when stackgen reads the value itself (it cannot be an expression); {@code values(...)}
 * for a closed set of strings; {@code anyAttributes}/{@code anyBlocks} for bodies that hold user content.
 * When stackgen reads it (rather than copying it as written), spell its name once in {@link CatalogNames}
 * and use the constant in the entry ({@code attr(Name.TEMPLATES, STRING)}), then bind it in the block's reader:
 * {@code new Binder(file, SETTINGS).string(Name.TEMPLATES, v -> templates = v)} ({@link Binder} refuses a
 * name the entry's block does not declare, and an item the schema lets in that no binding reads).
 * Run {@code mvn -Dtest=SchemaDocsTest -Dstackgen.updateGolden=true test} to rewrite the tables in
 * docs/catalog.md (review the diff).
 */
public final class CatalogSchema {
  private CatalogSchema() {}

  /**
   * The names the readers bind ({@link Binder}): {@link CatalogNames}, each spelled once there (in the
   * model, so the model spells none of its own), under the schema's short name. The entries below use
   * them, and no reader spells a catalog name of its own.
   */
  public static final class Name extends CatalogNames {
    private Name() {}
  }

  /** {@code dependency "<stack>" { }} as stackgen reads it: Terragrunt's attributes, config_path optional. */
  static final Schema.Block DEPENDENCY = block(Name.DEPENDENCY).label("<stack>")
      .doc("a dependency on another stack: `config_path = \"../<stack>\"` and `skip_outputs = true` are"
          + " generated unless written; Terragrunt's dependency attributes are allowed")
      .attrs(attr(Name.CONFIG_PATH, STRING).defaultValue("`\"../<stack>\"`")
          .doc("the stack's folder; written as given when present (a target outside the catalog is external)"))
      .attrs(TerragruntSchema.DEPENDENCY_ATTRS);

  /** {@code postfix_overlay "<variable>" { }}: the docker-mailserver Postfix main.cf overlay. */
  static final Schema.Block POSTFIX_OVERLAY = block(Name.POSTFIX_OVERLAY).label("<variable>")
      .doc("the docker-mailserver Postfix `main.cf` overlay, rendered as the heredoc default of"
          + " `variable \"<variable>\"`")
      .attrs(
          attr(Name.FILE, STRING).literal().doc("the `.tf` file in the stack folder (required, except inside a"
              + " `file` block)"),
          attr(Name.PROFILE, STRING).literal().values(PostfixOverlay.PROFILES.toArray(String[]::new))
              .defaultValue("\"" + PostfixOverlay.DEFAULT_PROFILE + "\"").doc("the lint profile"),
          attr(Name.HEREDOC_INDENT, NUMBER).literal().defaultValue("0")
              .expected("a number of spaces (0 for <<EOT, more for an indented <<-EOT)")
              .doc("0 writes `<<EOT`; N > 0 an indented `<<-EOT`"),
          attr(Name.HEREDOC, STRING).literal().defaultValue("\"<<EOT\"")
              .doc("the heredoc's opening marker as written, `<<` or `<<-` and a delimiter"),
          attr(Name.HEREDOC_CLOSE_INDENT, NUMBER).literal().defaultValue("2 for `<<-`, 0 for `<<`")
              .expected("a number of spaces (before the closing delimiter)")
              .doc("spaces before the closing delimiter"),
          attr(Name.ENV, MAP).doc("docker-mailserver's environment (`{ ENABLE_POLICYD_SPF = \"1\" }`, literal strings);"
              + " present, even `{}`, lint and `postfix effective` model its start-up, unset variables at their"
              + " defaults"),
          attr(Name.MASTER_CF_APPEND, STRING).literal().doc("lines a `user-patches.sh` appends to master.cf (lint and"
              + " `postfix effective` only)"),
          attr(Name.MAP_TYPES, STRING_LIST).literal().doc("map types installed beside the image's `postconf -m`"
              + " (`[\"pgsql\"]` when a `user-patches.sh` runs `apt-get install postfix-pgsql`); lint only"))
      .blocks(block(Name.MASTER).label("<service>/<type>")
          .doc("docker-mailserver's `postfix-master.cf`: `<service>/<type>/<parameter> = <value>` per attribute"
              + " (lint and `postfix effective` only)")
          .anyAttributes("master.cf `-o` parameters of that service"),
          block(Name.LINE).label("<main.cf line>")
              .doc("one main.cf line exactly as written (`line \"smtpd_use_tls=yes\" {}`), typed as Postfix reads it"),
          variableBlock(block(Name.VARIABLE).count("0-1")
              .doc("the variable block's body as written, `default = main_cf` where the heredoc goes"),
              attr(Name.DEFAULT, ANY).required().missing("write default = main_cf where the heredoc goes")
                  .doc("`main_cf`: where the overlay's heredoc goes")))
      .anyAttributes("every other attribute is a Postfix parameter, in order");

  /** A Terraform variable block's body, with {@code defaultAttr} (whose meaning differs between uses). */
  private static Schema.Block variableBlock(Schema.Block block, Schema.Attr defaultAttr) {
    return block.attrs(
        attr(Name.TYPE, ANY).doc("its type"),
        defaultAttr,
        attr(Name.DESCRIPTION, STRING).doc("its description"),
        attr(Name.SENSITIVE, BOOL).literal().doc("hide its value"),
        attr("nullable", BOOL).literal().doc("may be null"),
        attr("ephemeral", BOOL).literal().doc("not stored in state or plan"))
        .blocks(block("validation").doc("a validation rule").attrs(
            attr("condition", BOOL).doc("the rule"),
            attr("error_message", STRING).doc("the message when it fails")));
  }

  private static Schema.Block terraformBlock(String name, int labels, String doc) {
    return block(name).labels(labels, labels, labels == 0 ? "" : labels == 1 ? "<name>" : "<type> <name>")
        .doc(doc).anyAttributes("copied as written").anyBlocks();
  }

  /** The blocks of main.tf a module block nests: typed ones, and Terraform blocks copied as written. */
  private static Schema.Block[] mainBlocks() {
    return new Schema.Block[] {
        variableBlock(block(Name.VARIABLE).label("<name>").doc("a variable declaration"),
            attr(Name.DEFAULT, ANY).doc("its default")),
        block(Name.VAULT).label("<label>").doc("a `data \"vault_kv_secret_v2\"` source")
            .attrs(
                attr(Name.MOUNT, STRING).defaultValue("\"secret\"").doc("the KV mount"),
                attr(Name.NAME, STRING).defaultValue("the stack name").doc("the secret's path below the mount"),
                attr(Name.VERSION, NUMBER).doc("the secret version"),
                attr("namespace", STRING).doc("the Vault namespace"),
                attr(Name.PROVIDER, ANY).doc("the provider configuration (`vault.admin`)"),
                attr("depends_on", ANY).doc("what it waits for"),
                attr("count", ANY).doc("how many instances"),
                attr("for_each", ANY).doc("one instance per element")),
        block(Name.LOCALS).doc("a locals block of main.tf").anyAttributes("any local name"),
        terraformBlock(Name.OUTPUT, 1, "an output, copied into main.tf as written"),
        terraformBlock(Name.MOVED, 0, "copied into main.tf as written"),
        terraformBlock(Name.REMOVED, 0, "copied into main.tf as written"),
        terraformBlock(Name.IMPORT, 0, "copied into main.tf as written"),
        terraformBlock(Name.CHECK, 1, "copied into main.tf as written"),
        terraformBlock(Name.TERRAFORM, 0, "copied into main.tf as written")};
  }

  /** {@code module "<name>" { }}: the stack's main.tf. */
  static final Schema.Block MODULE = block(Name.MODULE).label("<name>").count("0-1")
      .doc("renders the stack's `main.tf` (a module-wrapper stack); its blocks in the order written, before the call")
      .anyAttributes("module arguments are attributes")
      .blocks(mainBlocks())
      .blocks(
          block(Name.AFTER_MODULE).count("0-1").doc("blocks of main.tf after the module call, in the order written")
              .blocks(mainBlocks()),
          block(Name.DERIVE).count("0-1").doc("switches derivation off, per kind")
              .attrs(
                  attr(Name.VARIABLES, BOOL).literal().defaultValue("true").doc("derive `variable` declarations"),
                  attr(Name.VAULT, BOOL).literal().defaultValue("true").doc("derive vault data sources"),
                  attr(Name.SOURCE, BOOL).literal().defaultValue("true").doc("derive `source = \"./modules/<name>\"`"),
                  attr(Name.TIER, BOOL).literal().defaultValue("true").doc("derive `tier = local.tiers.<tier>`")),
          block(Name.LAYOUT).count("0-1").doc("how main.tf is spaced (import writes it to keep a file byte for byte)")
              .attrs(
                  attr(Name.BLANK_LINES, STRING).literal().values("between_blocks", "as_written")
                      .defaultValue("\"between_blocks\"")
                      .doc("one blank line between blocks, or the blank lines written in the catalog"),
                  attr(Name.BEFORE_MODULE, STRING_LIST).literal()
                      .doc("blank lines and comments above the module call, e.g. `[\"\", \"# app\"]`"),
                  attr(Name.FOOTER, STRING_LIST).literal()
                      .doc("blank lines and comments after the module call"),
                  attr(Name.ONE_LINE_CALL, BOOL).literal().defaultValue("false")
                      .doc(
                          "write the call on one line, `module \"x\" { source = \"./x\" }` (one argument, no comments)")),
          block(Name.ELSEWHERE).count("0-1").doc("what other files of the stack declare, so derivation leaves it out")
              .attrs(
                  attr(Name.VARIABLES, STRING_LIST).literal().doc("variable names declared in another file"),
                  attr(Name.LOCALS, STRING_LIST).literal().doc("local names declared in another file"),
                  attr(Name.VAULT, STRING_LIST).literal().doc("vault data source labels declared in another file"),
                  attr(Name.USED_VARIABLES, STRING_LIST).literal()
                      .doc("variables the module declares but does not use itself: another file of the stack uses"
                          + " them, or Terragrunt's inputs set them (no \"declared but unused\" warning)")));

  /** {@code file "<path>" { }}: a .tf file of the stack, items in order. */
  static final Schema.Block FILE_BLOCK = block(Name.FILE).label("<path>")
      .doc("the stack's file `<path>` (a relative `.tf` path, not `main.tf`), from the items inside")
      .blocks(
          terraformBlock(Name.VARIABLE, 1, "copied as written"),
          terraformBlock(Name.OUTPUT, 1, "copied as written"),
          terraformBlock(Name.LOCALS, 0, "copied as written"),
          terraformBlock(Name.MODULE, 1, "copied as written"),
          terraformBlock("resource", 2, "copied as written"),
          terraformBlock("data", 2, "copied as written"),
          terraformBlock("ephemeral", 2, "copied as written"),
          terraformBlock(Name.PROVIDER, 1, "copied as written"),
          terraformBlock(Name.TERRAFORM, 0, "copied as written"),
          terraformBlock(Name.MOVED, 0, "copied as written"),
          terraformBlock(Name.IMPORT, 0, "copied as written"),
          terraformBlock(Name.REMOVED, 0, "copied as written"),
          terraformBlock(Name.CHECK, 1, "copied as written"));

  /** {@code stack "<name>" { }}. */
  static final Schema.Block STACK = block(Name.STACK).label("<name>")
      .doc("one stack: `<stacks_dir>/<name>/terragrunt.hcl` and its other owned files")
      .attrs(
          attr(Name.TIER, STRING).literal().required().missing("add tier = \"<a key of root.tiers>\"")
              .doc("a key of `root.tiers`"),
          attr(Name.STATE, STRING).literal().values("local", "pg").defaultValue("\"pg\"")
              .doc("`\"local\"`: a tier-0 bootstrap stack (local state)"),
          attr(Name.USE_DEFAULTS, BOOL).literal().defaultValue("true").doc("apply the `defaults` block"),
          attr(Name.LAYOUT, STRING).literal().values("exact", "default").defaultValue("\"default\"")
              .doc("`\"exact\"`: the file is the items exactly as written"))
      .blocks(DEPENDENCY, MODULE, POSTFIX_OVERLAY, FILE_BLOCK)
      .passThrough(TerragruntSchema.UNIT);

  static {
    FILE_BLOCK.blocks(POSTFIX_OVERLAY); // after STACK, so the overlay's documented home is stack.postfix_overlay
  }

  /** {@code root { }}. */
  static final Schema.Block ROOT = block(Name.ROOT).count("1").required()
      .doc("the repository's root `terragrunt.hcl`")
      .attrs(
          attr(Name.TIERS, MAP).requiredUnless(TerragruntSchema.REMOTE_STATE.name(), Name.LAYOUT)
              .missing("add tiers = { core = \"0-core\", ... }").doc(
                  "the tier keys stacks may use, with their folder names"),
          attr(Name.LOCAL_STATE_PATH, ANY).doc("where tier-0 stacks keep state"),
          attr(Name.PG_CONN_STR, ANY).defaultValue("`get_env(\"PG_CONN_STR\")`")
              .doc("the PostgreSQL backend's connection string"),
          attr(Name.LAYOUT, STRING).literal().values("exact", "none")
              .doc("`\"exact\"`: the root file is the block's items as written (implied by a `remote_state` block);"
                  + " `\"none\"`: the root file is hand-kept, the catalog neither writes nor checks it"))
      .blocks(
          block(Name.PROVIDER).label("<name>").doc("a provider every stack gets through `providers.tf`")
              .attrs(
                  attr(Name.SOURCE, STRING).literal().required()
                      .missing("add source = \"hashicorp/<name>\" or another registry source").doc(
                          "its registry source"),
                  attr(Name.VERSION, STRING).literal().required()
                      .missing("add a version constraint, e.g. version = \">= 1.0\"").doc("its version constraint"))
              .anyAttributes("provider settings").anyBlocks(),
          block(Name.LOCALS).doc("extra locals, appended to the generated `locals` block")
              .anyAttributes("any local name"))
      .passThrough(TerragruntSchema.UNIT);

  /** {@code defaults { }}. */
  static final Schema.Block DEFAULTS = block(Name.DEFAULTS).count("0-1")
      .doc("items every stack gets, after its include")
      .blocks(DEPENDENCY)
      .passThrough(TerragruntSchema.UNIT, "include");

  /** {@code stackgen { }}. */
  static final Schema.Block SETTINGS = block(Name.STACKGEN).count("0-1")
      .doc("settings of stackgen itself")
      .attrs(
          attr(Name.STACKS_DIR, STRING).literal().defaultValue("\"stacks\"").doc("the folder holding the stacks"),
          attr(Name.HEADER, BOOL).literal().defaultValue("true")
              .doc("write the `# Code generated by stackgen` header line"),
          attr(Name.ROOT_FILE, STRING).literal().defaultValue("\"terragrunt.hcl\"")
              .doc("the root file's name at the repository root (`\"root.hcl\"`, Terragrunt's current name, or"
                  + " `\"terragrunt.hcl\"`); includes use `find_in_parent_folders(\"root.hcl\")` for root.hcl"),
          attr(Name.TEMPLATES, STRING).literal().defaultValue("none")
              .doc("a folder of template overrides, relative to the repository, that every command uses"
                  + " (see [templates.md](templates.md))"),
          attr(Name.LEADING_BLANK_LINES, MAP).literal().defaultValue("{}")
              .doc("owned files that start with blank lines (`terraform fmt` keeps them): repository path to how"
                  + " many, `{ \"stacks/a/main.tf\" = 1 }` (import writes it)"),
          attr(Name.NO_FINAL_NEWLINE, STRING_LIST).literal().defaultValue("[]")
              .doc("owned files that end without a final newline (`terraform fmt` keeps that): their repository"
                  + " paths, `[\"prod/app/terragrunt.hcl\"]` (import writes it)"),
          attr(Name.ALLOW_TERRAGRUNT, STRING_LIST).literal().defaultValue("[]")
              .doc("Terragrunt names newer than stackgen's Terragrunt schema (" + TerragruntSchema.VERSION
                  + "), copied unchecked: `\"name\"` or a dotted path such as `\"terraform.name\"`"));

  /** {@code shared "<path>" { }}: a hierarchy file or an {@code _envcommon} include, items as written. */
  static final Schema.Block SHARED = block(Name.SHARED).label("<path>")
      .doc("an owned `.hcl` file below `stacks_dir` that units read or include (`prod/account.hcl`,"
          + " `_envcommon/mysql.hcl`), its items exactly as written")
      .passThrough(TerragruntSchema.UNIT);

  private static Schema.Block stackFileBlock(String name, String doc) {
    return block(name).label("<name>").doc(doc).terragrunt()
        .attrs(
            attr(Name.SOURCE, STRING).required().doc("where its configuration comes from"),
            attr(Name.PATH, STRING).required().doc("the folder it is generated into"),
            attr(Name.VALUES, MAP).doc("values passed to it (`values.<name>`)"),
            attr(Name.NO_DOT_TERRAGRUNT_STACK, BOOL).literal().defaultValue("false")
                .doc("generate beside the stack file, not below `.terragrunt-stack`"),
            attr(Name.NO_VALIDATION, BOOL).literal().defaultValue("false").doc("skip validating it"))
        .blocks(block(Name.AUTOINCLUDE).count("0-1").doc("configuration added to the generated unit")
            .anyAttributes("copied as written").anyBlocks());
  }

  /** {@code stack_file "<dir>" { }}: a Terragrunt Stacks file, {@code <dir>/terragrunt.stack.hcl}. */
  static final Schema.Block STACK_FILE = block(Name.STACK_FILE).label("<dir>")
      .doc("a Terragrunt Stacks file `<stacks_dir>/<dir>/terragrunt.stack.hcl`, items exactly as written")
      .blocks(
          block(Name.LOCALS).doc("named expressions (local.<name>)").anyAttributes("any local name"),
          stackFileBlock(Name.UNIT, "a unit Terragrunt generates from `source` into `path`"),
          stackFileBlock(Name.STACK, "a nested stack Terragrunt generates from `source` into `path`"));

  /** A catalog file ({@code stackgen.hcl}, {@code stackgen.d/*.hcl}): its top-level blocks. */
  public static final Schema.Block FILE = block("stackgen.hcl")
      .doc("a catalog file")
      .blocks(SETTINGS, ROOT, DEFAULTS, STACK, SHARED, STACK_FILE);
}
