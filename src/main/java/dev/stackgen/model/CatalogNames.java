package dev.stackgen.model;

/**
 * The block and attribute names of the catalog language that stackgen reads, each spelled once: the
 * catalog's schema ({@code dev.stackgen.catalog.CatalogSchema}) declares its entries with them, and the
 * model, the readers, the import and the language server name catalog blocks and attributes through
 * them. It sits in the model, the lowest floor that knows the catalog, so the model's own lookups and
 * messages use the same constants as the schema above it.
 *
 * <p>Not final only so that {@code CatalogSchema.Name} can stay a short alias of it; nothing else extends it.
 */
public class CatalogNames {
  /** Only the schema's alias extends it. */
  protected CatalogNames() {}

  public static final String STACKGEN = "stackgen";
  public static final String ROOT = "root";
  public static final String DEFAULTS = "defaults";
  public static final String STACK = "stack";
  public static final String SHARED = "shared";
  public static final String STACK_FILE = "stack_file";
  public static final String TIER = "tier";
  public static final String STATE = "state";
  public static final String USE_DEFAULTS = "use_defaults";
  public static final String LAYOUT = "layout";
  public static final String DEPENDENCY = "dependency";
  public static final String MODULE = "module";
  public static final String POSTFIX_OVERLAY = "postfix_overlay";
  public static final String FILE = "file";
  public static final String AFTER_MODULE = "after_module";
  public static final String DERIVE = "derive";
  public static final String ELSEWHERE = "elsewhere";
  public static final String VARIABLE = "variable";
  public static final String VAULT = "vault";
  public static final String LOCALS = "locals";
  public static final String VARIABLES = "variables";
  public static final String SOURCE = "source";
  public static final String USED_VARIABLES = "used_variables";
  public static final String BLANK_LINES = "blank_lines";
  public static final String FOOTER = "footer";
  public static final String ONE_LINE_CALL = "one_line_call";
  public static final String BEFORE_MODULE = "before_module";
  public static final String MOUNT = "mount";
  public static final String NAME = "name";
  public static final String TIERS = "tiers";
  public static final String LOCAL_STATE_PATH = "local_state_path";
  public static final String PG_CONN_STR = "pg_conn_str";
  public static final String PROVIDER = "provider";
  public static final String VERSION = "version";
  public static final String HEREDOC_INDENT = "heredoc_indent";
  public static final String HEREDOC_CLOSE_INDENT = "heredoc_close_indent";
  public static final String HEREDOC = "heredoc";
  public static final String ENV = "env";
  public static final String MASTER_CF_APPEND = "master_cf_append";
  public static final String MAP_TYPES = "map_types";
  public static final String PROFILE = "profile";
  public static final String LINE = "line";
  public static final String MASTER = "master";
  public static final String DEFAULT = "default";
  public static final String SENSITIVE = "sensitive";
  public static final String LEADING_BLANK_LINES = "leading_blank_lines";
  public static final String NO_FINAL_NEWLINE = "no_final_newline";
  public static final String STACKS_DIR = "stacks_dir";
  public static final String HEADER = "header";
  public static final String ROOT_FILE = "root_file";
  public static final String TEMPLATES = "templates";
  public static final String ALLOW_TERRAGRUNT = "allow_terragrunt";
  public static final String UNIT = "unit";
  public static final String PATH = "path";
  public static final String VALUES = "values";
  public static final String NO_DOT_TERRAGRUNT_STACK = "no_dot_terragrunt_stack";
  public static final String NO_VALIDATION = "no_validation";
  public static final String CONFIG_PATH = "config_path";
  public static final String AUTOINCLUDE = "autoinclude";
  public static final String TYPE = "type";
  public static final String DESCRIPTION = "description";
  public static final String OUTPUT = "output";
  public static final String MOVED = "moved";
  public static final String REMOVED = "removed";
  public static final String IMPORT = "import";
  public static final String CHECK = "check";
  public static final String TERRAFORM = "terraform";
  public static final String SKIP_OUTPUTS = "skip_outputs";
}
