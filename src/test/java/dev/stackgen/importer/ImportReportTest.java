package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import report groups the files left alone by the kind of reason, largest group first. */
class ImportReportTest {
  @Test
  void reasonsGroupByKindWithoutWhatNamesOneFile() {
    assertThat(ImportReport.kind("app code: resource \"a\" \"b\" at line 3")).isEqualTo("app code");
    assertThat(ImportReport.kind("written by Terragrunt's generate \"k8s\"")).isEqualTo(
        "written by Terragrunt's generate");
    assertThat(ImportReport.kind("not HCL (.md file)")).isEqualTo("not HCL");
    assertThat(ImportReport.kind("not HCL: a.tf:2:7: expected")).isEqualTo("not HCL");
    assertThat(ImportReport.kind("folder name \"_t\" is not a stack name ([a-z0-9][a-z0-9._-]*)"))
        .isEqualTo("folder name is not a stack name");
    assertThat(ImportReport.kind("line 4: the catalog cannot hold it: stack \"web\" depends on unknown stack \"db\""))
        .isEqualTo("the catalog cannot hold it");
    assertThat(ImportReport.kind("the stack's terragrunt.hcl is left alone, so is the stack"))
        .isEqualTo("the stack's terragrunt.hcl is left alone");
    assertThat(ImportReport.kind("line 5: main.cf line 2 of variable \"postfix_cf\" (the Postfix overlay): no ="))
        .isEqualTo("Postfix overlay a postfix_overlay cannot hold");
  }

  @Test
  void groupsAreOrderedByCountThenKindAndListTheirFilesSorted() {
    Map<String, List<String>> g = ImportReport.groups(Map.of(
        "s/b/main.tf", "app code: resource \"x\" \"y\" at line 1",
        "s/a/main.tf", "app code: provider \"p\" at line 2",
        "s/a/README.md", "not HCL (.md file)",
        "s/c/x.yaml", "not HCL (.yaml file)",
        "s/d/variables.tf", "declarations only (variable \"a\" at line 1)"));
    assertThat(g.keySet()).containsExactly("app code", "not HCL", "declarations only");
    assertThat(g.get("app code")).containsExactly("s/a/main.tf", "s/b/main.tf");
  }

  @Test
  void withoutVerboseAGroupNamesThreeFilesAndWithItEveryFileWithItsReason() {
    Map<String, String> leftAlone = new java.util.TreeMap<>();
    for (int i = 1; i <= 5; i++) {
      leftAlone.put("stacks/s" + i + "/main.tf", "app code: resource \"r\" \"" + i + "\" at line " + i);
    }
    CatalogImporter.Result r = new CatalogImporter.Result("", List.of("a"), List.of("terragrunt.hcl"), List.of(),
        List.of(), leftAlone, List.of(), "x: header = false", List.of(), List.of(), List.of());
    String brief = ImportReport.text(r, "stacks", false, false);
    assertThat(brief).contains("left alone: 5 (stackgen never writes them), by reason; --verbose lists every file\n"
        + "  app code: 5 (stacks/s1/main.tf, stacks/s2/main.tf, stacks/s3/main.tf, ...)\n");
    String verbose = ImportReport.text(r, "stacks", false, true);
    assertThat(verbose).contains("  app code: 5\n    stacks/s1/main.tf: app code: resource \"r\" \"1\" at line 1\n")
        .contains("    stacks/s5/main.tf: app code: resource \"r\" \"5\" at line 5\n");
  }
}
