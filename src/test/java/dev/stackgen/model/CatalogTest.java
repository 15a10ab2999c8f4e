package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static Catalog.Builder base() {
    return Catalog.builder().tier("core", "0-core").tier("apps", "4-aux");
  }

  @Test
  void builderValidatesTiersAndDependencies() {
    assertThatThrownBy(() -> base().stack(Stack.builder("a").tier("nope").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stack \"a\": tier \"nope\" is not a key of root.tiers (core, apps)");
    assertThatThrownBy(() -> base().stack(Stack.builder("a").tier("apps").dependsOn("b").build()).build())
        .hasMessage("stack \"a\" depends on unknown stack \"b\"");
    assertThatThrownBy(() -> base().stack(Stack.builder("a").tier("apps").dependsOn("a").build()).build())
        .hasMessage("stack \"a\" depends on itself");
    assertThatThrownBy(() -> base().stack(Stack.builder("a").tier("apps").build())
        .stack(Stack.builder("a").tier("apps").build()).build())
        .hasMessage("duplicate stack \"a\" (first defined at <api>:0:0)");
  }

  @Test
  void defaultsSkipTheTargetTierZeroAndDeclaredOnes() {
    Catalog c = base()
        .defaultItem(Dependency.on("platform"))
        .stack(Stack.builder("boot").tier("core").state(State.LOCAL).build())
        .stack(Stack.builder("platform").tier("core").build())
        .stack(Stack.builder("app").tier("apps").build())
        .stack(Stack.builder("own").tier("apps").dependsOn("platform").build())
        .stack(Stack.builder("solo").tier("apps").useDefaults(false).build())
        .build();
    assertThat(c.dependencyNames(c.stack("boot").orElseThrow())).isEmpty();
    assertThat(c.dependencyNames(c.stack("platform").orElseThrow())).isEmpty();
    assertThat(c.dependencyNames(c.stack("app").orElseThrow())).containsExactly("platform");
    assertThat(c.dependencyNames(c.stack("own").orElseThrow())).containsExactly("platform");
    assertThat(c.dependencyNames(c.stack("solo").orElseThrow())).isEmpty();
  }

  @Test
  void stackNamesMustBeSafePaths() {
    for (String bad : List.of("", "../x", "a/../b", "a//b", "/a", "a/", ".hidden", "a/.hidden", "-x", "a b")) {
      assertThatThrownBy(() -> Stack.builder(bad))
          .as(bad)
          .hasMessage("stack name must be a path of segments matching [A-Za-z0-9_][A-Za-z0-9._-]* joined by '/': "
              + bad);
    }
    // the folder names of real Terragrunt trees (Production/_global/IAM) are stack paths
    assertThat(Names.isStackPath("Production/_global/IAM")).isTrue();
    assertThat(Names.isStackName("_global")).isFalse();
    assertThat(Names.isStackName("k8s-bootstrap.v2_x")).isTrue();
    assertThat(Names.isStackName("a/b")).isFalse();
    assertThat(Names.isStackPath("prod/us-east-1/k8s-bootstrap.v2_x")).isTrue();
  }

  @Test
  void inputsAreCollectedAndEscaped() {
    Stack s = Stack.builder("a").tier("apps").input("tag", "v${1}\"x").input("n", new Expr("3")).build();
    assertThat(((Verbatim) s.items().get(0)).text())
        .isEqualTo("inputs = {\ntag = \"v$${1}\\\"x\"\nn = 3\n}");
    assertThatThrownBy(() -> Stack.builder("a").input("tag", "1").input("tag", "2"))
        .hasMessage("input given twice: tag");
  }

  @Test
  void generateBlocksFromJavaAreValidatedAndRenderedAsHeredocs() {
    assertThatThrownBy(() -> new Generate("x", "a.tf", "sometimes", "", Trivia.NONE, SourceRef.NONE))
        .hasMessage("generate \"x\": if_exists must be overwrite, overwrite_terragrunt, skip or error, not sometimes");
    Catalog c = base().stack(Stack.builder("a").tier("apps")
        .generate("backend", "backend_override.tf", "# ${not interpolated}\nEOF\n").build()).build();
    String file = new dev.stackgen.render.Renderer(dev.stackgen.render.Templates.bundled())
        .renderStack(c, c.stacks().get(0)).get(0).content();
    assertThat(file).endsWith("""
        generate "backend" {
          path      = "backend_override.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOT
        # $${not interpolated}
        EOF
        EOT
        }
        """);
  }

  @Test
  void recordsAreImmutable() {
    var items = new java.util.ArrayList<StackItem>(List.of(Dependency.on("x")));
    Stack s = new Stack("a", "apps", State.PG, Trivia.NONE, items, true, List.of(), Trivia.NONE, SourceRef.NONE);
    items.clear();
    assertThat(s.items()).hasSize(1);
    assertThatThrownBy(() -> s.items().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
