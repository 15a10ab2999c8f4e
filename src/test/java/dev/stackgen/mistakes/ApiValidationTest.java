package dev.stackgen.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.Stackgen;
import dev.stackgen.StackgenException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.State;
import dev.stackgen.model.Trivia;
import dev.stackgen.postfix.OverlayCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One validation path: a catalog built with {@link Catalog.Builder} that has the same mistake as a
 * corpus file is refused with the same words the command line prints after {@code file:line:col:}
 * (Postfix lint errors by the reader's check and the facade, which own the linter).
 */
class ApiValidationTest {
  private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: stackgen\\.hcl:\\d+:\\d+: (.*)$");

  private static String cliReason(String mistake) throws Exception {
    try (var files = Files.list(MistakesTest.DIR)) {
      Path p = files.filter(f -> f.getFileName().toString().endsWith("-" + mistake + ".hcl")).findFirst()
          .orElseThrow();
      Matcher m = EXPECT.matcher(Files.readString(p, StandardCharsets.UTF_8));
      assertThat(m.find()).isTrue();
      return m.group(1);
    }
  }

  private static Catalog.Builder base() {
    return Catalog.builder().tier("core", "0-core").tier("apps", "2-apps").tier("edge", "3-edge");
  }

  private static Stack db() {
    return Stack.builder("db").tier("core").state(State.LOCAL).build();
  }

  private static void sameAsCli(String mistake, Supplier<Catalog> build) throws Exception {
    String reason = cliReason(mistake);
    assertThatThrownBy(build::get).as(mistake).isInstanceOf(Catalog.InvalidCatalogException.class)
        .hasMessage(reason);
  }

  @Test
  void graphTierAndTargetMistakesAreRefusedWithTheCliMessage() throws Exception {
    sameAsCli("graph-cycle", () -> base()
        .stack(Stack.builder("api").tier("apps").dependsOn("web").build())
        .stack(Stack.builder("web").tier("apps").dependsOn("api").build()).build());
    sameAsCli("graph-tier-zero", () -> base()
        .stack(Stack.builder("db").tier("core").state(State.LOCAL).dependsOn("web").build())
        .stack(Stack.builder("web").tier("apps").build()).build());
    sameAsCli("graph-self", () -> base().stack(Stack.builder("web").tier("apps").dependsOn("web").build()).build());
    sameAsCli("unknown-dependency-typo", () -> base().stack(db())
        .stack(Stack.builder("web").tier("apps").dependsOn("dbb").build()).build());
    sameAsCli("unknown-tier-typo", () -> base().stack(Stack.builder("web").tier("app").build()).build());
    sameAsCli("unknown-tier", () -> base().stack(Stack.builder("web").tier("production").build()).build());
    // (duplicate-stack names the first definition's position, which a Java-built stack does not have)
  }

  @Test
  void overlayLintErrorsAndUnsafeFilesAreRefusedWithTheCliMessage(@TempDir Path tmp) throws Exception {
    SourceRef at = new SourceRef("stackgen.hcl", 17, 5);
    PostfixOverlay lmdb = new PostfixOverlay("postfix_cf", "variables.tf", PostfixOverlay.DEFAULT_PROFILE, List.of(
        PostfixOverlay.Entry.parameter("smtpd_tls_security_level", "encrypt", new SourceRef("stackgen.hcl", 16, 5)),
        PostfixOverlay.Entry.parameter("postscreen_cache_map", "lmdb:$data_directory/postscreen_cache", at)),
        Trivia.NONE, new SourceRef("stackgen.hcl", 14, 3));
    // Postfix lint is not the model's: the catalog builds, and the reader's check and the facade refuse it.
    Catalog linted = base().stack(Stack.builder("mail").tier("edge").postfixOverlay(lmdb).build()).build();
    assertThat(linted.validate(List.of(new OverlayCheck()))).extracting(Catalog.Problem::message)
        .containsExactly(cliReason("postfix-lint-error"));
    assertThatThrownBy(() -> Stackgen.of(tmp, linted).check()).isInstanceOf(StackgenException.class)
        .hasMessageStartingWith("stackgen.hcl:17:5: postfix overlay: [map-type-unavailable] ");
    PostfixOverlay outside = new PostfixOverlay("postfix_cf", "../shared/variables.tf",
        PostfixOverlay.DEFAULT_PROFILE, List.of(), Trivia.NONE, SourceRef.NONE);
    sameAsCli("postfix-overlay-file-outside", () -> base().stack(Stack.builder("mail").tier("edge")
        .postfixOverlay(outside).build()).build());
  }

  @Test
  void theProblemsAreAllThereAndAValidCatalogHasNone() {
    Catalog ok = base().stack(db()).stack(Stack.builder("web").tier("apps").dependsOn("db").build()).build();
    assertThat(ok.validate()).isEmpty();
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(Catalog.InvalidCatalogException.class,
        () -> base().stack(Stack.builder("a").tier("x").item(Dependency.on("b")).build()).build());
    assertThat(e.problems()).extracting(Catalog.Problem::message).containsExactly(
        "stack \"a\": tier \"x\" is not a key of root.tiers (core, apps, edge)",
        "stack \"a\" depends on unknown stack \"b\"");
  }
}
