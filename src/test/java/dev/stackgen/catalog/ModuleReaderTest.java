package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.model.Attr;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.ModuleCall;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.VaultSource;
import dev.stackgen.model.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleReaderTest {
  private static final String ROOT = """
      root {
        tiers = { core = "0-core", aux = "4-aux" }
      }

      """;

  private static Catalog read(String stacks) throws Exception {
    return CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", ROOT + stacks)));
  }

  private static ModuleCall module(String body) throws Exception {
    return read("stack \"app\" {\n  tier = \"aux\"\n  module \"app\" {\n" + body + "\n  }\n}\n")
        .stack("app").orElseThrow().module().orElseThrow();
  }

  private static void fails(String body, String message) {
    assertThatThrownBy(() -> module(body)).isInstanceOf(CatalogException.class).hasMessage(message);
  }

  private static List<String> texts(List<Attr> attrs) {
    return attrs.stream().map(a -> a.name() + " = " + a.value().text()).toList();
  }

  @Test
  void anEmptyModuleBlockDerivesSourceAndTier() throws Exception {
    ModuleCall m = module("");
    assertThat(m.name()).isEqualTo("app");
    assertThat(texts(m.arguments())).containsExactly("source = \"./modules/app\"", "tier = local.tiers.aux");
    assertThat(m.variables()).isEmpty();
    assertThat(m.vaultSources()).isEmpty();
    assertThat(m.locals()).isEmpty();
  }

  @Test
  void explicitSourceAndTierReplaceTheDerivedOnesInPlace() throws Exception {
    ModuleCall m = module("tier = local.tiers.core\nsource = \"git::https://x/y\"\nname = \"a\"");
    assertThat(texts(m.arguments()))
        .containsExactly("tier = local.tiers.core", "source = \"git::https://x/y\"", "name = \"a\"");
  }

  @Test
  void variablesAreDerivedInOrderOfFirstUseBeforeTheExplicitOnes() throws Exception {
    ModuleCall m = module("""
        variable "b" {
          type = number
        }
        locals {
          l = "${var.c}-${var.a}"
        }
        x = var.b
        y = var.a
        z = [var.d, local.l]
        """);
    assertThat(m.variables()).extracting(Variable::name).containsExactly("c", "a", "d", "b");
    assertThat(m.variables().get(0)).isEqualTo(Variable.string("c"));
    assertThat(m.variables().get(3).oneLine()).isFalse();
    assertThat(m.variables().get(3).type().orElseThrow().text()).isEqualTo("number");
  }

  @Test
  void vaultSourcesAreDerivedWithMountSecretAndTheStackName() throws Exception {
    ModuleCall m = module("""
        vault "shared" {
          name = "shared/openai"
        }
        a = data.vault_kv_secret_v2.secrets.data["x"]
        b = data.vault_kv_secret_v2.shared.data["y"]
        c = data.other.thing.id
        """);
    assertThat(m.vaultSources()).containsExactly(
        VaultSource.of("secrets", "secret", "app"),
        new VaultSource("shared", Attr.of("mount", dev.stackgen.model.Expr.string("secret")),
            m.vaultSources().get(1).path(), List.of(), Trivia.NONE, "", m.vaultSources().get(1).source(),
            List.of("name"), Trivia.NONE, ""));
    assertThat(m.vaultSources().get(1).path().value().text()).isEqualTo("\"shared/openai\"");
  }

  @Test
  void oneLineAndMultiLineVariablesKeepTheirForm() throws Exception {
    ModuleCall m = module("""
        variable "a" { type = string }
        variable "b" {}
        variable "c" {
          sensitive = true
          type      = string
          default   = ""
        }
        x = [var.a, var.b, var.c]
        """);
    assertThat(m.variables()).extracting(Variable::oneLine).containsExactly(true, true, false);
    assertThat(m.variables().get(1).attributes()).isEmpty();
    Variable c = m.variables().get(2);
    assertThat(c.sensitive()).isTrue();
    assertThat(c.defaultValue().orElseThrow().text()).isEqualTo("\"\"");
    assertThat(c.attributes()).extracting(Attr::name).containsExactly("sensitive", "type", "default");
  }

  @Test
  void commentsAboveTheModuleBlockBecomeTheHeaderAndCommentsBetweenArgumentsStay() throws Exception {
    Catalog c = read("""
        stack "app" {
          tier = "aux"

          # Detached: catalog only.

          # App Stack
          module "app" {

            # First.
            a = 1 # one

            b = 2
            # Closing.
          }
        }
        """);
    ModuleCall m = c.stack("app").orElseThrow().module().orElseThrow();
    assertThat(m.header().lines()).containsExactly("# App Stack");
    assertThat(m.arguments().get(1).leading().lines()).containsExactly("# First.");
    assertThat(m.arguments().get(1).trailingComment()).isEqualTo("# one");
    assertThat(m.arguments().get(2).leading().lines()).containsExactly("");
    assertThat(m.closing().lines()).containsExactly("# Closing.");
  }

  @Test
  void derivationCanBeSwitchedOff() throws Exception {
    ModuleCall m = module("""
        derive {
          source = false
          tier   = false
        }
        version = "1.0"
        """);
    assertThat(texts(m.arguments())).containsExactly("version = \"1.0\"");
  }

  @Test
  void undeclaredVariableWithoutDerivation() {
    fails("""
        derive {
          variables = false
        }
        a = var.missing
        """, "stackgen.hcl:11:5: var.missing is used but not declared in module \"app\" (add variable"
        + " \"missing\" { type = string }, or remove variables = false from derive)");
  }

  @Test
  void undeclaredLocal() {
    fails("a = local.nope", "stackgen.hcl:8:5: local.nope is used but not declared in module \"app\" (declare it in"
        + " a locals block inside the module; only local.tiers is provided, besides what the root's generate"
        + " blocks and elsewhere { locals = [...] } declare)");
  }

  @Test
  void undefinedVaultSourceWithoutDerivation() {
    fails("""
        derive {
          vault = false
        }
        a = data.vault_kv_secret_v2.secrets.data["k"]
        """, "stackgen.hcl:11:5: data.vault_kv_secret_v2.secrets is referenced but not defined in module \"app\""
        + " (add vault \"secrets\" { name = \"app\" } to it, or remove vault = false from derive)");
  }

  @Test
  void argumentGivenTwice() {
    // The HCL parser itself rejects an attribute set twice in one body, before the module reader.
    assertThatThrownBy(() -> module("a = 1\na = 2")).isInstanceOf(dev.stackgen.hcl.HclSyntaxException.class)
        .hasMessage("stackgen.hcl:9:1: attribute \"a\" was already set at 8:1");
  }

  @Test
  void variableDeclaredTwice() {
    fails("variable \"a\" {}\nvariable \"a\" {}\nx = var.a",
        "stackgen.hcl:9:1: variable \"a\" declared twice in module \"app\" (first at stackgen.hcl:8:1)");
  }

  @Test
  void localGivenTwiceAcrossLocalsBlocks() {
    fails("locals {\n  a = 1\n}\nlocals {\n  a = 2\n}",
        "stackgen.hcl:12:3: local \"a\" given twice in module \"app\" (first at stackgen.hcl:9:3)");
  }

  @Test
  void unknownNestedBlockAndAttributes() {
    fails("dynamic \"x\" {}", "stackgen.hcl:8:1: unexpected block \"dynamic\" in module \"app\"; expected variable,"
        + " vault, locals, output, moved, removed, import, check, terraform, after_module, derive, layout or elsewhere"
        + " (module arguments are attributes)");
    fails("variable \"a\" {\n  typ = string\n}", "stackgen.hcl:9:3: unknown attribute \"typ\" in variable \"a\";"
        + " expected type, default, description, sensitive, nullable, ephemeral (did you mean \"type\"?)");
    fails("vault \"s\" {\n  path = \"x\"\n}", "stackgen.hcl:9:3: unknown attribute \"path\" in vault \"s\";"
        + " expected mount, name, version, namespace, provider, depends_on, count, for_each");
    fails("derive {\n  tiers = false\n}", "stackgen.hcl:9:3: unknown attribute \"tiers\" in derive block;"
        + " expected variables, vault, source, tier (did you mean \"tier\"?)");
  }

  @Test
  void twoModuleBlocksInOneStack() {
    assertThatThrownBy(() -> read("stack \"app\" {\n  tier = \"aux\"\n  module \"a\" {}\n  module \"b\" {}\n}\n"))
        .hasMessage("stackgen.hcl:8:3: stack \"app\" has more than one module block (first at stackgen.hcl:7:3)");
  }

  @Test
  void moduleIsNotAllowedInDefaults() {
    assertThatThrownBy(() -> read("defaults {\n  module \"a\" {}\n}\n"))
        .hasMessage("stackgen.hcl:6:3: module is not allowed in defaults; it belongs in stack");
  }

  @Test
  void aDeclaredVariableNothingUsesIsAWarningNotAnError() throws Exception {
    Catalog c = read("stack \"app\" {\n  tier = \"aux\"\n  module \"app\" {\n    variable \"unused\" {}\n  }\n}\n");
    assertThat(c.warnings()).extracting(Object::toString).containsExactly(
        "stackgen.hcl:8:5: warning: variable \"unused\" is declared but nothing in module \"app\" uses it");
  }

  @Test
  void aVariableNamedInUsedVariablesIsNoWarning() throws Exception {
    Catalog c = read("stack \"app\" {\n  tier = \"aux\"\n  module \"app\" {\n    elsewhere {\n"
        + "      used_variables = [\"nfs\"]\n    }\n    variable \"nfs\" {}\n    variable \"unused\" {}\n  }\n}\n");
    assertThat(c.warnings()).extracting(Object::toString).containsExactly(
        "stackgen.hcl:12:5: warning: variable \"unused\" is declared but nothing in module \"app\" uses it");
  }

  @Test
  void aBadTierIsReportedAsAnUnknownTier() {
    assertThatThrownBy(() -> read("stack \"app\" {\n  tier = \"no such\"\n  module \"app\" {}\n}\n"))
        .isInstanceOf(CatalogException.class)
        .hasMessage("stackgen.hcl:6:10: stack \"app\": tier \"no such\" is not a key of root.tiers (core, aux)");
  }

  @Test
  void aStackWithoutModuleHasNone() throws Exception {
    assertThat(read("stack \"app\" {\n  tier = \"aux\"\n}\n").stack("app").orElseThrow().module()).isEmpty();
  }
}
