package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedStacksTest {
  private static GeneratedFile f(String path, String content, String stack) {
    return new GeneratedFile(path, content, stack);
  }

  @Test
  void addedRemovedChangedAndExtraFilesCount() {
    List<GeneratedFile> before = List.of(
        f("terragrunt.hcl", "r", null),
        f("stacks/same/terragrunt.hcl", "s", "same"),
        f("stacks/edit/terragrunt.hcl", "e1", "edit"),
        f("stacks/gone/terragrunt.hcl", "g", "gone"),
        f("stacks/mod/terragrunt.hcl", "m", "mod"));
    List<GeneratedFile> after = List.of(
        f("terragrunt.hcl", "r", null),
        f("stacks/same/terragrunt.hcl", "s", "same"),
        f("stacks/edit/terragrunt.hcl", "e2", "edit"),
        f("stacks/mod/terragrunt.hcl", "m", "mod"),
        f("stacks/mod/main.tf", "new file", "mod"),
        f("stacks/new/terragrunt.hcl", "n", "new"));
    ChangedStacks c = ChangedStacks.compare(before, after);
    assertThat(c.stacks()).containsExactly("edit", "gone", "mod", "new");
    assertThat(c.rootChanged()).isFalse();
    assertThat(c.allStacks()).containsExactly("edit", "gone", "mod", "new", "same");
  }

  @Test
  void rootChangeIsSeparateFromStacks() {
    ChangedStacks c = ChangedStacks.compare(List.of(f("terragrunt.hcl", "a", null)),
        List.of(f("terragrunt.hcl", "b", null), f("stacks/x/terragrunt.hcl", "x", "x")));
    assertThat(c.rootChanged()).isTrue();
    assertThat(c.stacks()).containsExactly("x");
    assertThat(ChangedStacks.compare(List.of(f("terragrunt.hcl", "a", null)), List.of()).rootChanged()).isTrue();
  }

  @Test
  void identicalRenderingsHaveNoChange() {
    List<GeneratedFile> files = List.of(f("terragrunt.hcl", "a", null), f("stacks/x/terragrunt.hcl", "x", "x"));
    ChangedStacks c = ChangedStacks.compare(files, files);
    assertThat(c.stacks()).isEmpty();
    assertThat(c.rootChanged()).isFalse();
  }
}
