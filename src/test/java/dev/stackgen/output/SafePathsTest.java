package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {
  @TempDir Path repo;
  @TempDir Path outside;

  @Test
  void aLinkOutsideIsRefusedEvenAfterItsFolderWasCheckedOnce() throws Exception {
    Files.createDirectories(repo.resolve("stacks/a"));
    Files.writeString(repo.resolve("stacks/a/ok.hcl"), "x");
    SafePaths.Resolver r = new SafePaths.Resolver(repo);
    assertThat(r.resolve("stacks/a/ok.hcl")).isEqualTo(repo.toRealPath().resolve("stacks/a/ok.hcl"));
    Files.createSymbolicLink(repo.resolve("stacks/a/evil.hcl"), outside.resolve("x.hcl"));
    Files.writeString(outside.resolve("x.hcl"), "y");
    assertThatThrownBy(() -> r.resolve("stacks/a/evil.hcl"))
        .hasMessage("unsafe path \"stacks/a/evil.hcl\": passes through symbolic link stacks/a/evil.hcl"
            + " which leads outside the repository");
    Files.createSymbolicLink(repo.resolve("stacks/b"), outside);
    assertThatThrownBy(() -> r.resolve("stacks/b/terragrunt.hcl"))
        .hasMessageContaining("passes through symbolic link stacks/b");
  }

  @Test
  void relativeRulesAreCheckedBeforeTheFileSystem() {
    assertThatThrownBy(() -> SafePaths.resolve(repo, "/etc/passwd")).hasMessageContaining("must be a relative path");
    assertThatThrownBy(() -> SafePaths.resolve(repo, "stacks/../../x")).hasMessageContaining("must not contain '..'");
    assertThatThrownBy(() -> SafePaths.resolve(repo, "")).hasMessageContaining("must be a relative path");
  }

  @Test
  void aMissingPathResolvesInsideTheRepository() throws Exception {
    assertThat(SafePaths.resolve(repo, "stacks/new/terragrunt.hcl"))
        .isEqualTo(repo.toRealPath().resolve("stacks/new/terragrunt.hcl"));
  }
}
