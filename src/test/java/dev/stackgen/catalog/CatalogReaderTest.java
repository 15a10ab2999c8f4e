package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.State;
import dev.stackgen.model.Verbatim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
  private static final String ROOT = """
      root {
        tiers = {
          # Bootstrap.
          core = "0-core"
          apps = "4-aux" # the rest
        }
      }
      """;

  private static Catalog parse(String text) throws Exception {
    return CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", text)));
  }

  private static Catalog parse(String main, String dropIn) throws Exception {
    return CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", main),
        new CatalogReader.Source("stackgen.d/apps.hcl", dropIn)));
  }

  @Test
  void readsStacksWithTriviaInOrder() throws Exception {
    Catalog c = parse(ROOT + """

        # Database.
        stack "db" {
          tier  = "core"
          state = "local"
        }

        # ---- apps ----

        # Web.
        # Second line.
        stack "web" {
          tier = "apps"

          # Why: needs the db.
          dependency "db" { # open
            # mocks
            mock_outputs = {} # none
          }
          inputs = { a = 1 }
          # trailing note
        }
        """);
    assertThat(c.root().tiers()).extracting(t -> t.name()).containsExactly("core", "apps");
    assertThat(c.root().tiers().get(0).leading().lines()).containsExactly("# Bootstrap.");
    assertThat(c.root().tiers().get(1).trailingComment()).isEqualTo("# the rest");
    assertThat(c.stacks()).extracting(s -> s.name()).containsExactly("db", "web");
    assertThat(c.stack("db").orElseThrow().state()).isEqualTo(State.LOCAL);
    var web = c.stack("web").orElseThrow();
    assertThat(web.header().lines()).containsExactly("# Web.", "# Second line.");
    Dependency dep = (Dependency) web.items().get(0);
    assertThat(dep.leading().lines()).containsExactly("", "# Why: needs the db.");
    assertThat(dep.openComment()).isEqualTo("# open");
    assertThat(dep.extra()).hasSize(1);
    assertThat(dep.extra().get(0).leading().lines()).containsExactly("# mocks");
    assertThat(dep.extra().get(0).value().text()).isEqualTo("{}");
    assertThat(dep.extra().get(0).trailingComment()).isEqualTo("# none");
    assertThat(((Verbatim) web.items().get(1)).text()).isEqualTo("inputs = { a = 1 }");
    assertThat(web.footer().lines()).containsExactly("# trailing note");
    assertThat(dep.source().toString()).isEqualTo("stackgen.hcl:23:3");
  }

  @Test
  void dropInFilesAreMerged() throws Exception {
    Catalog c = parse(ROOT, "stack \"web\" {\n  tier = \"apps\"\n}\n");
    assertThat(c.stacks()).extracting(s -> s.source().toString()).containsExactly("stackgen.d/apps.hcl:1:1");
  }

  @Test
  void aNestedBlockAllowedAsANewerTerragruntNameIsStillRefusedInADependency() {
    String text = "stackgen {\n  allow_terragrunt = [\"dependency.foo\"]\n}\n" + ROOT
        + "stack \"db\" {\n  tier = \"core\"\n}\nstack \"web\" {\n  tier = \"apps\"\n  dependency \"db\" {\n"
        + "    foo {}\n  }\n}\n";
    assertThatThrownBy(() -> parse(text)).isInstanceOf(CatalogException.class)
        .hasMessageEndingWith("unexpected block \"foo\" in dependency block; it takes attributes only");
  }

  @Test
  void aBlockTheSchemaAllowsOnceIsRefusedInADropInToo() {
    assertThatThrownBy(() -> parse("stackgen {\n  header = true\n}\n" + ROOT, "stackgen {\n  header = false\n}\n"))
        .hasMessage("stackgen.d/apps.hcl:1:1: duplicate stackgen block (first at stackgen.hcl:1:1)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      frobnicate {}                                             | stackgen.hcl:8:1: unknown block type "frobnicate"; expected stackgen, root, defaults, stack, shared or stack_file
      x = 1                                                     | stackgen.hcl:8:1: unexpected attribute "x" at the top level; expected a stackgen, root, defaults, stack, shared or stack_file block
      stackgen {\\n  headr = true\\n}                           | stackgen.hcl:9:3: unknown attribute "headr" in stackgen block; expected stacks_dir, header, root_file, templates, leading_blank_lines, no_final_newline, allow_terragrunt (did you mean "header"?)
      stackgen {\\n  header = "yes"\\n}                         | stackgen.hcl:9:12: header must be true or false, got "yes"
      stack "a" {\\n  tier = "core"\\n}\\nstack "a" {\\n  tier = "core"\\n}  | stackgen.hcl:11:1: duplicate stack "a" (first defined at stackgen.hcl:8:1)
      stack "a" {\\n  tier = "core"\\n  dependency "b" {}\\n}    | stackgen.hcl:10:3: stack "a" depends on unknown stack "b"
      stack "a" {\\n  tier = "core"\\n  dependency "a" {}\\n}    | stackgen.hcl:10:3: stack "a" depends on itself
      stack "a" {\\n  tier = "edge"\\n}                         | stackgen.hcl:9:10: stack "a": tier "edge" is not a key of root.tiers (core, apps)
      stack "-a/b" {\\n  tier = "core"\\n}                      | stackgen.hcl:8:1: stack name "-a/b" is not a safe path (segments of letters, digits, '.', '_' and '-', none starting with '.' or '-', joined by '/': "web" or "prod/us-east-1/mysql")
      stack "../x" {\\n  tier = "core"\\n}                      | stackgen.hcl:8:1: stack name "../x" is not a safe path (segments of letters, digits, '.', '_' and '-', none starting with '.' or '-', joined by '/': "web" or "prod/us-east-1/mysql")
      stack "a" {\\n  tier = 3\\n}                              | stackgen.hcl:9:10: tier must be a literal string, got 3
      stack "a" {\\n  tier = "core"\\n  state = "s3"\\n}        | stackgen.hcl:10:11: state must be "local" or "pg", got "s3"
      stack "a" {\\n  tier = "core"\\n  tier = "apps"\\n}       | stackgen.hcl:10:3: attribute "tier" was already set at 9:3
      stack "a" {\\n}                                           | stackgen.hcl:8:1: stack "a" has no tier (add tier = "<a key of root.tiers>")
      stack "a" "b" {\\n  tier = "core"\\n}                     | stackgen.hcl:8:1: stack block takes one label, got 2 (write stack "<name>" { ... })
      root {\\n  tiers = {}\\n}                                 | stackgen.hcl:8:1: duplicate root block (first at stackgen.hcl:1:1)
      stack "a" {\\n  tier = "core"\\n  state = "local"\\n  dependency "b" {}\\n}\\nstack "b" {\\n  tier = "apps"\\n} | stackgen.hcl:11:3: tier-0 stack "a" (state = "local") depends on "b", which is not tier-0: it must be applicable before the state database exists
      stack "a" {\\n  tier = "core"\\n  layout = "tight"\\n}    | stackgen.hcl:10:12: layout must be "exact" or "default", got "tight"
      stack "a" {\\n  tier = "core"\\n  dependency "db" {\\n    config_path = "../nope"\\n  }\\n}    | stackgen.hcl:10:3: stack "a" depends on unknown stack "nope"
      stack "a" {\\n  tier = "core"\\n  file "../x.tf" {\\n    variable "a" {}\\n  }\\n}    | stackgen.hcl:10:3: file must be a relative path to a .tf file inside the stack folder (no '..', not main.tf), got "../x.tf"
      stack "a" {\\n  tier = "core"\\n  file "main.tf" {\\n    variable "a" {}\\n  }\\n}    | stackgen.hcl:10:3: file must be a relative path to a .tf file inside the stack folder (no '..', not main.tf), got "main.tf"
      stack "a" {\\n  tier = "core"\\n  file "v.tf" {\\n    postfix_overlay "p" {\\n      file = "v.tf"\\n    }\\n  }\\n}    | stackgen.hcl:12:7: postfix_overlay inside a file block takes its file from the block
      stack "a" {\\n  tier = "core"\\n  postfix_overlay "p" {\\n    file = "v.tf"\\n    heredoc_indent = "x"\\n  }\\n}    | stackgen.hcl:12:22: heredoc_indent must be a number of spaces (0 for <<EOT, more for an indented <<-EOT), got "x"
      """)
  void errorsNamePositionAndProblem(String body, String message) {
    String text = ROOT + body.replace("\\n", "\n") + "\n";
    assertThatThrownBy(() -> parse(text)).hasMessage(message);
  }

  @Test
  void dependencyWithItsOwnConfigPathPointsAtTheNamedStack() throws Exception {
    Catalog c = parse(ROOT + """
        stack "dbaas" {
          tier = "core"
        }
        stack "web" {
          tier = "apps"
          dependency "db" {
            config_path = "../dbaas"
          }
          dependency "vpc" {
            config_path = "${get_repo_root()}/../network/vpc"
          }
        }
        """);
    var deps = c.stack("web").orElseThrow().dependencies();
    assertThat(deps).extracting(Dependency::label).containsExactly("db", "vpc");
    assertThat(deps.get(0).stack()).isEqualTo("dbaas");
    assertThat(deps.get(1).stack()).as("external: no edge").isNull();
    assertThat(c.dependencyNames(c.stack("web").orElseThrow())).containsExactly("dbaas");
    assertThat(deps.get(0).text()).as("as it stands at depth 0").isEqualTo(
        "dependency \"db\" {\n  config_path = \"../dbaas\"\n}");
  }

  @Test
  void customRootTakesTiersFromLocalsAndRefusesTypedSettings() throws Exception {
    Catalog c = parse("""
        root {
          locals {
            tiers = { core = "0-core", apps = "4-aux" }
          }

          remote_state {
            backend = "local"
          }
        }
        stack "a" {
          tier = "apps"
        }
        """);
    assertThat(c.root().custom()).isTrue();
    assertThat(c.root().tiers()).extracting(t -> t.name()).containsExactly("core", "apps");
    assertThat(c.root().items()).hasSize(2);

    assertThatThrownBy(() -> parse("""
        root {
          tiers = { core = "0-core" }
          provider "aws" {
            source  = "hashicorp/aws"
            version = "~> 5.0"
          }
          remote_state {
            backend = "local"
          }
        }
        """)).hasMessage("stackgen.hcl:3:3: provider is not allowed in a root that writes its own remote_state"
        + " (write the backend and the generate blocks there instead)");
    assertThatThrownBy(() -> parse("""
        root {
          remote_state {
            backend = "local"
          }
        }
        """)).hasMessageStartingWith("stackgen.hcl:1:1: root writes its own remote_state but names no tiers");
  }

  @Test
  void overlayInsideAFileBlockTakesTheFileAndCountsForLint() throws Exception {
    Catalog c = parse(ROOT + """
        stack "mail" {
          tier = "apps"
          file "modules/m/variables.tf" {
            variable "x" { type = string }

            postfix_overlay "postfix_cf" {
              heredoc_indent = 4
              relayhost = "[relay]:587"
            }
          }
        }
        """);
    var stack = c.stack("mail").orElseThrow();
    assertThat(stack.files()).hasSize(1);
    assertThat(stack.overlays()).singleElement().satisfies(o -> {
      assertThat(o.file()).isEqualTo("modules/m/variables.tf");
      assertThat(o.heredocIndent()).isEqualTo(4);
    });
  }

  @Test
  void anItemTheStackAlsoGetsFromDefaultsIsAnError() {
    String text = ROOT + """
        defaults {
          inputs = { owner = "ops" }
        }
        stack "a" {
          tier = "core"
          inputs = { x = 1 }
        }
        """;
    assertThatThrownBy(() -> parse(text)).hasMessage("stackgen.hcl:13:3: stack \"a\" has inputs twice"
        + " (also at stackgen.hcl:9:3, from defaults); a terragrunt.hcl may have it only once");
    String blocks = ROOT + """
        stack "a" {
          tier = "core"
          generate "p" {
            path      = "a.tf"
            if_exists = "overwrite"
            contents  = ""
          }
          generate "p" {
            path      = "b.tf"
            if_exists = "overwrite"
            contents  = ""
          }
        }
        """;
    assertThatThrownBy(() -> parse(blocks)).hasMessage("stackgen.hcl:15:3: stack \"a\" has generate \"p\" twice"
        + " (also at stackgen.hcl:10:3); a terragrunt.hcl may have it only once");
  }

  @Test
  void missingRootIsAnError() {
    assertThatThrownBy(() -> parse("stack \"a\" {\n  tier = \"x\"\n}\n"))
        .hasMessage("stackgen.hcl:1:1: the catalog has no root block (it defines the tiers: root { tiers = { ... } })");
  }

  @Test
  void cyclesArePrinted() {
    String text = ROOT + """
        stack "a" {
          tier = "apps"
          dependency "b" {}
        }
        stack "b" {
          tier = "apps"
          dependency "a" {}
        }
        """;
    assertThatThrownBy(() -> parse(text)).hasMessageContaining("cycle: a -> b -> a");
  }

  @Test
  void syntaxErrorsCarryThePosition() {
    assertThatThrownBy(() -> parse(ROOT + "stack \"a\" {\n  tier = \"core\n}\n"))
        .hasMessage("stackgen.hcl:9:10: unterminated quoted string");
  }

  @Test
  void invalidUtf8IsReportedAtItsPosition() {
    byte[] bytes = "root {\n  x = \"\u00e9\"\n}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bytes[14] = (byte) 0xff;
    assertThatThrownBy(() -> CatalogReader.decode("stackgen.hcl", bytes))
        .hasMessage("stackgen.hcl:2:8: invalid UTF-8 byte sequence");
  }

  /**
   * Decoding takes the JDK's fast path and decodes strictly only a text that came out with U+FFFD
   * (issue 23): valid text, a real U+FFFD, a UTF-8-encoded surrogate and a truncated sequence all
   * answer as the strict decoder does.
   */
  @Test
  void decodingIsStrictWhateverPathItTakes() throws Exception {
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    for (String valid : List.of("", "a = 1\n", "x = \"\u00e9\u65e5\ud83d\ude00\"\n", "r = \"\ufffd\"\n")) {
      assertThat(CatalogReader.decode("stackgen.hcl", valid.getBytes(utf8))).isEqualTo(valid);
    }
    byte[] surrogate = {'a', '\n', (byte) 0xed, (byte) 0xa0, (byte) 0x80};
    assertThatThrownBy(() -> CatalogReader.decode("stackgen.hcl", surrogate))
        .hasMessage("stackgen.hcl:2:1: invalid UTF-8 byte sequence");
    byte[] truncated = {'a', 'b', (byte) 0xe6, (byte) 0x97};
    assertThatThrownBy(() -> CatalogReader.decode("stackgen.hcl", truncated))
        .hasMessage("stackgen.hcl:1:3: invalid UTF-8 byte sequence");
  }

  /**
   * Found by FuzzTest: String.lines() split a comment at a lone CR and the tail became code; a lone
   * CR cannot travel into the heredocs of the root file either, so the catalog refuses it.
   */
  @Test
  void loneCarriageReturnStaysInsideItsComment() throws Exception {
    java.nio.file.Path repo = java.nio.file.Files.createTempDirectory("stackgen-cr");
    java.nio.file.Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { core = "0-core" }
          # provider comment with a lone\rcarriage return
          provider "p" {
            source  = "x/p"
            version = "1"
          }
        }
        # stack comment with a lone\rcarriage return
        stack "a" {
          tier  = "core"
          state = "local"
          # item comment\rhere
          inputs = {
            # entry comment\rhere
            x = 1
          }
        }
        """);
    dev.stackgen.testing.Run gen = dev.stackgen.testing.Run.of("generate", "-C", repo.toString());
    assertThat(gen.exit()).as(gen.toString()).isEqualTo(2);
    assertThat(gen.err()).isEqualTo("stackgen.hcl:3:33: carriage return without a line feed (in a comment);"
        + " use LF or CRLF line endings\n");
    assertThat(CatalogReader.commentLines("# a\r\n# b\rc\n")).containsExactly("# a", "# b\rc");
  }
}
