package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinderTest {
  private static HclFile parse(String text) throws Exception {
    return HclParser.parse(text, "stackgen.hcl");
  }

  private static Block first(HclFile file) {
    return (Block) file.body().nodes().stream().filter(n -> n instanceof Block).findFirst().orElseThrow();
  }

  @Test
  void bindsOnlyNamesTheSchemaDeclares() throws Exception {
    HclFile file = parse("stackgen {}\n");
    Binder binder = new Binder(file, CatalogSchema.SETTINGS);
    assertThatThrownBy(() -> binder.attr("stack_dir", (a, l) -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("binds attribute stack_dir, which stackgen does not declare");
    assertThatThrownBy(() -> binder.block(Name.ROOT, (b, l) -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("binds block root, which stackgen does not declare");
    binder.bool(Name.HEADER, v -> {});
    assertThatThrownBy(() -> binder.bool(Name.HEADER, v -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute header bound twice in stackgen");
  }

  @Test
  void callsTheBindingsInTheOrderWrittenWithTheirComments() throws Exception {
    HclFile file = parse("""
        stack "a" {
          # the tier
          tier = "core"
          locals {
            x = 1
          }
          use_defaults = false
          inputs = {}
          # after
        }
        """);
    List<String> calls = new ArrayList<>();
    BodyItems body = new Binder(file, CatalogSchema.STACK)
        .string(Name.TIER, v -> calls.add("tier " + v))
        .bool(Name.USE_DEFAULTS, v -> calls.add("use_defaults " + v))
        .otherAttributes((a, leading) -> calls.add("other attribute " + a.name()))
        .otherBlocks((b, leading) -> calls.add("other block " + b.type()))
        .attr(Name.LAYOUT, (a, l) -> calls.add("layout"))
        .bind(first(file));
    assertThat(calls).containsExactly("tier core", "other block locals", "use_defaults false",
        "other attribute inputs");
    assertThat(body.trailing().lines()).containsExactly("# after");

    List<String> leading = new ArrayList<>();
    new Binder(file, CatalogSchema.STACK).attr(Name.TIER, (a, l) -> leading.addAll(l.lines()))
        .otherAttributes((a, l) -> {}).otherBlocks((b, l) -> {}).bind(first(file));
    assertThat(leading).containsExactly("# the tier");
  }

  @Test
  void anItemNoBindingReadsIsAnErrorNotDropped() throws Exception {
    HclFile file = parse("stack \"a\" {\n  tier = \"core\"\n  state = \"local\"\n}\n");
    Binder binder = new Binder(file, CatalogSchema.STACK).string(Name.TIER, v -> {});
    assertThatThrownBy(() -> binder.bind(first(file))).isInstanceOf(IllegalStateException.class)
        .hasMessage("an attribute the schema takes but no reader reads: state in stack");
  }

  @Test
  void typedBindingsReportAValueOfTheWrongKindAsTheReadersDid() throws Exception {
    HclFile file = parse("stackgen {\n  header = yes\n}\n");
    Binder binder = new Binder(file, CatalogSchema.SETTINGS).bool(Name.HEADER, v -> {});
    assertThatThrownBy(() -> binder.bind(first(file))).isInstanceOf(CatalogException.class)
        .hasMessage("stackgen.hcl:2:12: header must be true or false, got yes");
  }
}
