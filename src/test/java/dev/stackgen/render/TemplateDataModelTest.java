package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.Stackgen;
import dev.stackgen.model.Settings;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/templates.md is the templates' data model: every view type's fields are documented, a template
 * set in the catalog is used by every command without flags, and an override using every documented
 * field of the stack template renders what the fields say.
 */
class TemplateDataModelTest {
  private static final Map<String, Class<?>> DOCUMENTED = new LinkedHashMap<>();

  static {
    DOCUMENTED.put("StackInfo", StackInfo.class);
    DOCUMENTED.put("Settings", Settings.class);
    DOCUMENTED.put("StackFileView", StackFileView.class);
    DOCUMENTED.put("ItemView", ItemView.class);
    DOCUMENTED.put("DependencyView", DependencyView.class);
    DOCUMENTED.put("MainFileView", MainFileView.class);
    DOCUMENTED.put("BlockView", MainFileView.BlockView.class);
    DOCUMENTED.put("OverlayFileView", OverlayFileView.class);
    DOCUMENTED.put("Overlay", OverlayFileView.Overlay.class);
    DOCUMENTED.put("TfFileView", TfFileView.class);
    DOCUMENTED.put("Item", TfFileView.Item.class);
    DOCUMENTED.put("RootFileView", RootFileView.class);
    DOCUMENTED.put("Heredoc", RootFileView.Heredoc.class);
    DOCUMENTED.put("VerbatimFileView", VerbatimFileView.class);
    DOCUMENTED.put("ProvidersView", ProvidersView.class);
    DOCUMENTED.put("Entry", ProvidersView.Entry.class);
    DOCUMENTED.put("AppScaffoldView", AppScaffoldView.class);
  }

  private static String doc() throws Exception {
    return Files.readString(Fixtures.repoRoot().resolve("docs/templates.md"));
  }

  /** The field names of the table under the heading that ends with {@code (Type)}. */
  private static Set<String> documentedFields(String doc, String type) {
    int heading = doc.indexOf("(" + type + ")\n");
    assertThat(heading).as("docs/templates.md has a section for %s", type).isPositive();
    int next = doc.indexOf("\n#", heading);
    String section = doc.substring(heading, next < 0 ? doc.length() : next);
    Set<String> fields = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z0-9]+)` \\|").matcher(section);
    while (m.find()) {
      fields.add(m.group(1));
    }
    return fields;
  }

  @Test
  void everyFieldOfEveryViewIsDocumentedAndEveryDocumentedFieldExists() throws Exception {
    String doc = doc();
    for (var e : DOCUMENTED.entrySet()) {
      Set<String> components = new LinkedHashSet<>();
      for (RecordComponent c : e.getValue().getRecordComponents()) {
        components.add(c.getName());
      }
      Set<String> documented = documentedFields(doc, e.getKey());
      assertThat(documented).as("fields of %s in docs/templates.md", e.getKey()).containsAll(components);
      for (String field : documented) {
        if (!components.contains(field)) {
          // a documented extra must be a property the template can read (e.g. BlockView.oneLine)
          Method m = e.getValue().getMethod(field);
          assertThat(m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())).isTrue();
        }
      }
    }
    // every template the renderer uses has a section
    try (var files = Files.list(Fixtures.repoRoot().resolve("templates"))) {
      for (Path t : files.toList()) {
        assertThat(doc).as("docs/templates.md covers %s", t.getFileName()).contains("`" + t.getFileName() + "`");
      }
    }
  }

  private static final String CATALOG = """
      stackgen {
        templates           = "tpl"
        leading_blank_lines = { "stacks/platform/terragrunt.hcl" = 1 }
        no_final_newline    = ["stacks/kyverno/terragrunt.hcl"]
        allow_terragrunt    = ["frobnicate"]
      }

      root {
        tiers = { core = "0-core", edge = "3-edge" }
      }

      defaults {
        dependency "platform" {}
      }

      stack "platform" {
        tier  = "core"
        state = "local"
      }

      stack "kyverno" {
        tier = "core"
      }

      # Webmail front end.
      stack "webmail" {
        tier = "edge"

        # Registry credentials first.
        dependency "kyverno" { # why
          mock_outputs = {}

          # end of kyverno
        }

        inputs = {
          image_tag = "v1"
        }

        module "webmail" {
          tls = var.tls
        }

        postfix_overlay "postfix_cf" {
          file      = "variables.tf"
          relayhost = "[relay.example.net]:587"
        }

        # footer comment
      }
      """;

  /** Every field of docs/templates.md's stack-terragrunt.hcl.ftl, file.stack and file.settings sections. */
  private static final String STACK_TEMPLATE =
      """
          [#list file.preamble as line]
          [=line]
          [/#list]
          # name=[=file.name] include=[=file.include] footer-lines=[=file.footer?size]
          # stack.name=[=file.stack.name] stack.dir=[=file.stack.dir] stack.tier=[=file.stack.tier]
          # stack.tierValue=[=file.stack.tierValue!"none"] stack.state=[=file.stack.state] stack.tierZero=[=file.stack.tierZero]
          # stack.dependencies=[=file.stack.dependencies?join(",")] stack.module=[=file.stack.module!"none"]
          # stack.overlays=[=file.stack.overlays?join(",")]
          # settings.stacksDir=[=file.settings.stacksDir] settings.header=[=file.settings.header] settings.templates=[=file.settings.templates]
          # settings.rootFile=[=file.settings.rootFile] settings.leadingBlankLines=[=file.settings.leadingBlankLines?size] settings.noFinalNewline=[=file.settings.noFinalNewline?size]
          # settings.allowTerragrunt=[=file.settings.allowTerragrunt?join(",")]
          [#if file.include]
          include "root" {
            path = [=file.rootInclude]
          }
          [/#if]
          [#list file.items as item]
          [#list item.leading as line]
          [=line]
          [/#list]
          [#if item.dependency??]
          [#assign d = item.dependency]
          # dependency name=[=d.name] skipOutputs=[=d.skipOutputs] extra=[=d.extra?size] closing=[=d.closing?size]
          dependency "[=d.name]" {[=d.openComment]
          [#if d.configPath??]
            config_path = [=d.configPath]
          [/#if]
          [#if d.skipOutputs]
            skip_outputs = true
          [/#if]
          [#list d.extra as line]
            [=line]
          [/#list]
          [#list d.closing as line]
            [=line]
          [/#list]
          }
          [#elseif item.text??]
          [=item.text]
          [/#if]
          [/#list]
          [#list file.footer as line]
          [=line]
          [/#list]
          """;

  private static Path repo(Path dir) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), CATALOG);
    Files.createDirectories(dir.resolve("tpl"));
    Files.writeString(dir.resolve("tpl/stack-terragrunt.hcl.ftl"), STACK_TEMPLATE);
    return dir;
  }

  @Test
  void anOverrideUsingEveryDocumentedFieldRendersWhatTheFieldsSay(@TempDir Path dir) throws Exception {
    Path repo = repo(dir);
    String doc = doc();
    for (String type : new String[] {"StackFileView", "ItemView", "DependencyView", "StackInfo", "Settings"}) {
      for (String field : documentedFields(doc, type)) {
        assertThat(STACK_TEMPLATE).as("the test template uses %s.%s", type, field).containsPattern("\\." + field
            + "\\b");
      }
    }
    var files = Stackgen.open(repo).render();
    String webmail = files.stream().filter(f -> f.path().equals("stacks/webmail/terragrunt.hcl")).findFirst()
        .orElseThrow().content();
    assertThat(webmail).isEqualTo("""
        # Code generated by stackgen from stackgen.hcl. DO NOT EDIT.

        # Webmail front end.

        # name=webmail include=true footer-lines=2
        # stack.name=webmail stack.dir=stacks/webmail stack.tier=edge
        # stack.tierValue="3-edge" stack.state=pg stack.tierZero=false
        # stack.dependencies=platform,kyverno stack.module=webmail
        # stack.overlays=variables.tf
        # settings.stacksDir=stacks settings.header=true settings.templates=tpl
        # settings.rootFile=terragrunt.hcl settings.leadingBlankLines=1 settings.noFinalNewline=1
        # settings.allowTerragrunt=frobnicate
        include "root" {
          path = find_in_parent_folders()
        }

        # dependency name=platform skipOutputs=true extra=0 closing=0
        dependency "platform" {
          config_path  = "../platform"
          skip_outputs = true
        }

        # Registry credentials first.
        # dependency name=kyverno skipOutputs=true extra=1 closing=2
        dependency "kyverno" { # why
          config_path  = "../kyverno"
          skip_outputs = true
          mock_outputs = {}

          # end of kyverno
        }

        inputs = {
          image_tag = "v1"
        }

        # footer comment
        """);
    String platform = files.stream().filter(f -> f.path().equals("stacks/platform/terragrunt.hcl")).findFirst()
        .orElseThrow().content();
    assertThat(platform).startsWith("\n# Code generated by stackgen")
        .contains("# stack.tierValue=\"0-core\" stack.state=local stack.tierZero=true\n")
        .contains("# stack.dependencies= stack.module=none\n");
  }

  @Test
  void theCatalogsTemplatesApplyToCheckAndGenerateWithoutFlags(@TempDir Path dir) throws Exception {
    Path repo = repo(dir);
    Run generate = Run.in(repo, "generate");
    assertThat(generate.exit()).as(generate.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/webmail/terragrunt.hcl"))).contains("# stack.name=webmail");
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    // an edit of the override is seen by the next check (the check cache is keyed by the template files)
    Files.writeString(repo.resolve("tpl/stack-terragrunt.hcl.ftl"), "# edited\n" + STACK_TEMPLATE);
    Run stale = Run.in(repo, "check");
    assertThat(stale.exit()).as(stale.toString()).isEqualTo(1);
    assertThat(stale.out()).contains("stale         stacks/webmail/terragrunt.hcl");
    // --templates on the command line wins over the catalog
    Path bundled = Fixtures.repoRoot().resolve("templates");
    Run flag = Run.in(repo, "check", "--templates", bundled.toString());
    assertThat(flag.exit()).as(flag.toString()).isEqualTo(1);
    assertThat(flag.out()).doesNotContain("hand-written");
  }

  @Test
  void aTemplatesFolderThatDoesNotExistIsAnErrorAtTheSetting(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), "stackgen {\n  templates = \"nowhere\"\n}\n\nroot {\n"
        + "  tiers = { core = \"0-core\" }\n}\n");
    Run check = Run.in(dir, "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).startsWith("stackgen.hcl:2:15: templates folder \"nowhere\" does not exist");
    Files.writeString(dir.resolve("stackgen.hcl"), "stackgen {\n  templates = \"../elsewhere\"\n}\n\nroot {\n"
        + "  tiers = { core = \"0-core\" }\n}\n");
    Run outside = Run.in(dir, "check");
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).startsWith(
        "stackgen.hcl:2:15: templates must be a relative folder inside the repository, got \"../elsewhere\"");
  }
}
