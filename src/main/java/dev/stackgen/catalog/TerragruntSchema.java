package dev.stackgen.catalog;

import static dev.stackgen.catalog.Schema.Type.ANY;
import static dev.stackgen.catalog.Schema.Type.BOOL;
import static dev.stackgen.catalog.Schema.Type.MAP;
import static dev.stackgen.catalog.Schema.Type.NUMBER;
import static dev.stackgen.catalog.Schema.Type.STRING;
import static dev.stackgen.catalog.Schema.Type.STRING_LIST;
import static dev.stackgen.catalog.Schema.attr;
import static dev.stackgen.catalog.Schema.block;

/**
 * Terragrunt's configuration schema for a unit's {@code terragrunt.hcl} (and the root file) and for a
 * {@code terragrunt.stack.hcl}, taken from Terragrunt's own configuration source for the version in
 * {@link #VERSION}: the {@code hcl:"..."} tags of {@code terragruntConfigFile}, {@code TerraformConfig},
 * the hook, {@code remoteStateConfigFile}, {@code terragruntGenerateBlock}, {@code IncludeConfig} and
 * {@code ModuleDependencies} structs in {@code config/config.go} (and the renderer of every field in
 * {@code pkg/config/config.go}), {@code CatalogConfig} in {@code config/catalog.go}, {@code Dependency}
 * in {@code config/dependency.go}, {@code EngineConfig}, {@code FeatureFlag}, {@code ExcludeConfig} and
 * {@code ErrorsConfig} in {@code config/engine.go}, {@code feature_flag.go}, {@code exclude.go} and
 * {@code errors_block.go}, and {@code StackConfigFile}, {@code Unit} and {@code Stack} in
 * {@code config/stack.go} (repository gruntwork-io/terragrunt). Items stackgen copies into generated
 * Terragrunt files are checked against it: unknown names and literals of the wrong type are errors at
 * their line. {@code stackgen import} never fails on a name missing here: it lists the name in
 * {@code allow_terragrunt} ({@link #unknownNames}) and carries the item verbatim.
 *
 * <p>For a Terragrunt feature newer than this schema, list its name in
 * {@code stackgen { allow_terragrunt = ["name", "terraform.name", ...] }} (dotted paths for nested
 * names): stackgen then copies it unchecked. To follow a new Terragrunt release, add its entries
 * below and update {@link #VERSION}.
 */
public final class TerragruntSchema {
  private TerragruntSchema() {}

  /** The Terragrunt release whose documentation this schema follows. */
  public static final String VERSION = "v0.93";

  private static Schema.Attr[] hookAttrs(boolean error) {
    return new Schema.Attr[] {
        attr("commands", STRING_LIST).required().doc("commands the hook runs for"),
        attr("execute", STRING_LIST).required().doc("the command and its arguments"),
        error ? attr("on_errors", STRING_LIST).doc("regular expressions of the errors it runs on")
            : attr("run_on_error", BOOL).defaultValue("false").doc("run even after an earlier error"),
        attr("working_dir", STRING).doc("the folder the hook runs in"),
        attr("suppress_stdout", BOOL).defaultValue("false").doc("hide the command's standard output"),
        attr("if", BOOL).doc("skip the hook when false"),
    };
  }

  /** {@code terraform { }}: where the module comes from, extra arguments, hooks. */
  static final Schema.Block TERRAFORM = block("terraform").count("0-1")
      .doc("how Terragrunt calls OpenTofu/Terraform")
      .attrs(
          attr("source", STRING).doc("where the OpenTofu/Terraform code is"),
          attr("include_in_copy", STRING_LIST).doc("glob patterns always copied into the working folder"),
          attr("exclude_from_copy", STRING_LIST).doc("glob patterns never copied into the working folder"),
          attr("copy_terraform_lock_file", BOOL).defaultValue("true")
              .doc("copy .terraform.lock.hcl back into the unit folder"),
          attr("update_source_with_cas", BOOL).defaultValue("false")
              .doc("fetch the source through Terragrunt's content-addressable store"),
          attr("mutable", BOOL).defaultValue("false").doc("the fetched source may be changed in place"))
      .blocks(
          block("extra_arguments").label("<name>").doc("extra CLI arguments").attrs(
              attr("arguments", STRING_LIST).doc("the arguments"),
              attr("commands", STRING_LIST).required().doc("the commands they are passed to"),
              attr("env_vars", MAP).doc("environment variables to set"),
              attr("required_var_files", STRING_LIST).doc("var files passed as -var-file"),
              attr("optional_var_files", STRING_LIST).doc("var files passed when they exist")),
          block("before_hook").label("<name>").doc("a command run before OpenTofu/Terraform").attrs(hookAttrs(false)),
          block("after_hook").label("<name>").doc("a command run after OpenTofu/Terraform").attrs(hookAttrs(false)),
          block("error_hook").label("<name>").doc("a command run on matching errors").attrs(hookAttrs(true)));

  /** {@code remote_state { }}: the state backend. */
  static final Schema.Block REMOTE_STATE = block("remote_state").count("0-1").alsoAttribute()
      .doc("the state backend")
      .attrs(
          attr("backend", STRING).required().doc("the backend type (s3, gcs, pg, local, ...)"),
          attr("disable_init", BOOL).defaultValue("false").doc("do not create backend resources"),
          attr("disable_dependency_optimization", BOOL).defaultValue("false")
              .doc("no optimized dependency output fetching"),
          attr("generate", MAP).doc("{ path, if_exists }: write the backend configuration to a file"),
          attr("config", MAP).doc("the backend configuration"),
          attr("encryption", MAP).doc("OpenTofu state encryption (key_provider, ...)"));

  /** {@code include "<name>" { }}: a parent configuration to merge. */
  static final Schema.Block INCLUDE = block("include").labels(0, 1, "[<name>]")
      .doc("a parent configuration to merge")
      .attrs(
          attr("path", STRING).required().doc("the parent configuration file"),
          attr("expose", BOOL).defaultValue("false").doc("make its values readable as include.<name>"),
          attr("merge_strategy", STRING).values(dev.stackgen.model.Include.MERGE_STRATEGIES.toArray(String[]::new))
              .defaultValue("\"shallow\"")
              .doc("how it is merged"));

  /** {@code locals { }}: any attributes. */
  static final Schema.Block LOCALS = block("locals").doc("named expressions (local.<name>)")
      .anyAttributes("any local name");

  /** The attributes of {@code dependency "<name>" { }} but {@code config_path}. */
  static final Schema.Attr[] DEPENDENCY_ATTRS = {
      attr("enabled", BOOL).defaultValue("true").doc("false leaves the dependency out"),
      attr(CatalogSchema.Name.SKIP_OUTPUTS, BOOL).defaultValue("false").doc("do not read the unit's outputs"),
      attr("mock_outputs", MAP).doc("outputs to use when there are none"),
      attr("mock_outputs_allowed_terraform_commands", STRING_LIST).doc("commands mock outputs are allowed for"),
      attr("mock_outputs_merge_with_state", BOOL)
          .warning("mock_outputs_merge_with_state is deprecated in Terragrunt; use"
              + " mock_outputs_merge_strategy_with_state")
          .doc("deprecated: use mock_outputs_merge_strategy_with_state"),
      attr("mock_outputs_merge_strategy_with_state", STRING).values("no_merge", "shallow", "deep_map_only")
          .defaultValue("\"no_merge\"").doc("how real outputs are merged into the mocks"),
  };

  /** {@code dependency "<name>" { }}: another unit whose outputs this one reads. */
  static final Schema.Block DEPENDENCY = block("dependency").label("<name>")
      .doc("another unit whose outputs this one reads")
      .attrs(attr("config_path", STRING).required().doc("the unit depended on"))
      .attrs(DEPENDENCY_ATTRS);

  /** {@code generate "<name>" { }}: a file Terragrunt writes before running. */
  static final Schema.Block GENERATE = block("generate").label("<name>").alsoAttribute()
      .doc("a file Terragrunt writes into the working folder")
      .attrs(
          attr("path", STRING).required().doc("the file to write"),
          attr("if_exists", STRING).required().values("overwrite", "overwrite_terragrunt", "skip", "error")
              .doc("what to do when the file exists"),
          attr("if_disabled", STRING).values("remove", "remove_terragrunt", "skip").defaultValue("\"skip\"")
              .doc("what to do with the file when disabled"),
          attr("contents", STRING).required().doc("the file's contents"),
          attr("comment_prefix", STRING).defaultValue("\"# \"").doc("prefix of the signature comment"),
          attr("disable_signature", BOOL).defaultValue("false").doc("write no signature comment"),
          attr("disable", BOOL).defaultValue("false").doc("turn the block off"),
          attr("hcl_fmt", BOOL).doc("format the written file as HCL (default: by its extension)"),
          attr("mutable", BOOL).doc("the written file may be changed in place"));

  /** {@code catalog { }}: the module catalogs {@code terragrunt catalog} browses ({@code config/catalog.go}). */
  static final Schema.Block CATALOG = block("catalog").count("0-1")
      .doc("the module catalogs terragrunt catalog browses")
      .attrs(
          attr("urls", STRING_LIST).doc("repositories of modules"),
          attr("default_template", STRING).doc("the template for a new unit"),
          attr("no_shell", BOOL).doc("do not run shell commands of the templates"),
          attr("no_hooks", BOOL).doc("do not run hooks of the templates"));

  /** The whole of a unit's {@code terragrunt.hcl}: top-level blocks and attributes. */
  public static final Schema.Block UNIT = block("terragrunt.hcl")
      .doc("a Terragrunt unit configuration (Terragrunt " + VERSION + ")")
      .blocks(
          TERRAFORM,
          REMOTE_STATE,
          INCLUDE,
          LOCALS,
          DEPENDENCY,
          block("dependencies").count("0-1").doc("units applied before this one, outputs not read")
              .attrs(attr("paths", STRING_LIST).required().doc("their folders")),
          GENERATE,
          CATALOG,
          block("engine").count("0-1").doc("an experimental Terragrunt engine").attrs(
              attr("source", STRING).required().doc("where the engine comes from"),
              attr("version", STRING).doc("its version"),
              attr("type", STRING).doc("its type (rpc)"),
              attr("meta", MAP).doc("engine settings")),
          block("feature").label("<name>").doc("a feature flag (feature.<name>.value)")
              .attrs(attr("default", ANY).required().doc("its value unless set with --feature")),
          block("exclude").count("0-1").doc("when to leave this unit out of runs").attrs(
              attr("if", BOOL).required().doc("the condition"),
              attr("actions", STRING_LIST).required().doc("the commands excluded (plan, apply, all, ...)"),
              attr("exclude_dependencies", BOOL).defaultValue("false").doc("exclude its dependencies too"),
              attr("no_run", BOOL).doc("also refuse a direct run of the unit")),
          block("errors").count("0-1").doc("retry and ignore rules for errors").blocks(
              block("retry").label("<name>").doc("retry matching errors").attrs(
                  attr("retryable_errors", STRING_LIST).required().doc("regular expressions of errors to retry"),
                  attr("max_attempts", NUMBER).required().doc("how often to try"),
                  attr("sleep_interval_sec", NUMBER).required().doc("seconds between tries")),
              block("ignore").label("<name>").doc("ignore matching errors").attrs(
                  attr("ignorable_errors", STRING_LIST).required().doc("regular expressions (! negates)"),
                  attr("message", STRING).doc("a warning printed when ignoring"),
                  attr("signals", MAP).doc("values written to error-signals.json"))))
      .attrs(
          attr("inputs", MAP).doc("input variables passed to OpenTofu/Terraform"),
          attr("download_dir", STRING).doc("where Terragrunt downloads module code"),
          attr("prevent_destroy", BOOL).defaultValue("false").doc("refuse destroy for this unit"),
          attr("iam_role", STRING).doc("an IAM role to assume"),
          attr("iam_assume_role_duration", NUMBER).doc("the session duration in seconds"),
          attr("iam_assume_role_session_name", STRING).doc("the session name"),
          attr("iam_web_identity_token", STRING).doc("a web identity token (or its file)"),
          attr("terraform_binary", STRING).doc("the binary Terragrunt calls"),
          attr("terraform_version_constraint", STRING).doc("OpenTofu/Terraform versions allowed"),
          attr("terragrunt_version_constraint", STRING).doc("Terragrunt versions allowed"),
          attr("skip", BOOL).warning("skip was removed in Terragrunt v0.93; use exclude { if = true,"
              + " actions = [\"all\"] }").doc("removed in v0.93: use exclude"),
          attr("retryable_errors", STRING_LIST).warning("retryable_errors was removed in Terragrunt v0.93; use"
              + " errors { retry \"<name>\" { ... } }").doc("removed in v0.93: use errors"),
          attr("retry_max_attempts", NUMBER).warning("retry_max_attempts was removed in Terragrunt v0.93; use"
              + " errors { retry \"<name>\" { max_attempts = ... } }").doc("removed in v0.93: use errors"),
          attr("retry_sleep_interval_sec", NUMBER).warning("retry_sleep_interval_sec was removed in Terragrunt"
              + " v0.93; use errors { retry \"<name>\" { sleep_interval_sec = ... } }")
              .doc("removed in v0.93: use errors"));
  private static Schema.Block stackFileComponent(String name, String doc) {
    return block(name).label("<name>").doc(doc)
        .attrs(
            attr("source", STRING).required().doc("where its configuration comes from"),
            attr("path", STRING).required().doc("the folder it is generated into"),
            attr("values", MAP).doc("values passed to it (values.<name>)"),
            attr("no_dot_terragrunt_stack", BOOL).defaultValue("false")
                .doc("generate beside the stack file, not below .terragrunt-stack"),
            attr("no_validation", BOOL).defaultValue("false").doc("skip validating it"),
            attr("update_source_with_cas", BOOL).defaultValue("false")
                .doc("fetch the source through the content-addressable store"),
            attr("mutable", BOOL).defaultValue("false").doc("the generated copy may be changed in place"))
        .blocks(block("autoinclude").count("0-1").doc("configuration added to the generated unit")
            .anyAttributes("copied as written").anyBlocks());
  }

  /** The whole of a {@code terragrunt.stack.hcl} ({@code StackConfigFile} in {@code config/stack.go}). */
  public static final Schema.Block STACK_FILE = block("terragrunt.stack.hcl")
      .doc("a Terragrunt Stacks file (Terragrunt " + VERSION + ")")
      .blocks(
          block("locals").doc("named expressions (local.<name>)").anyAttributes("any local name"),
          block("include").label("<name>").doc("a stack file to merge")
              .attrs(attr("path", STRING).required().doc("the included stack file")),
          stackFileComponent("unit", "a unit Terragrunt generates from source into path"),
          stackFileComponent("stack", "a nested stack Terragrunt generates from source into path"));

  /**
   * The names of a {@code terragrunt.hcl}'s items this schema does not know, as the dotted paths
   * {@code allow_terragrunt} takes ({@code "name"}, {@code "terraform.name"}); an unknown block's inside
   * is not read.
   */
  public static java.util.Set<String> unknownNames(java.util.List<dev.stackgen.hcl.Node> nodes) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    unknownNames(nodes, UNIT, "", out);
    return out;
  }

  private static void unknownNames(java.util.List<dev.stackgen.hcl.Node> nodes, Schema.Block spec, String path,
      java.util.Set<String> out) {
    for (dev.stackgen.hcl.Node n : nodes) {
      if (n instanceof dev.stackgen.hcl.Attribute a) {
        Schema.Block asBlock = spec.block(a.name());
        if (spec.attr(a.name()) == null && !(asBlock != null && asBlock.isAlsoAttribute())
            && !spec.allowsAnyAttribute()) {
          out.add(path + a.name());
        }
      } else if (n instanceof dev.stackgen.hcl.Block b) {
        Schema.Block known = spec.block(b.type());
        if (known == null) {
          if (!spec.allowsAnyBlock()) {
            out.add(path + b.type());
          }
        } else {
          unknownNames(b.body().nodes(), known, path + b.type() + ".", out);
        }
      }
    }
  }
}
