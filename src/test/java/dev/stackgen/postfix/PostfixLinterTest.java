package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.CaseCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PostfixLinterTest {

  private static final Profile DMS = Profile.load("dms-15");
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");

  @TestFactory
  Stream<DynamicTest> goldenFindings() {
    return CaseCount.atLeast(68, "lint fixtures in postfix-lint/", LintFixtures.all()).stream().map(c -> DynamicTest
        .dynamicTest(c.name(), () -> {
          String actual = PostfixLint.format(LintFixtures.linter(DMS, c).lint(c.fileName(), c.text()));
          if (UPDATE) {
            Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
          }
          assertThat(actual).isEqualTo(Files.readString(c.expected(), StandardCharsets.UTF_8));
        }));
  }

  @Test
  void everyRuleHasABadCaseThatFiresItAndAGoodCaseThatDoesNot() throws IOException {
    String table;
    try (var in = PostfixLinter.class.getResourceAsStream("/dev/stackgen/postfix/RULES.md")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> rules = table.lines()
        .filter(l -> l.startsWith("| `"))
        .map(l -> l.substring(3, l.indexOf('`', 3)))
        .toList();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(14);
    for (String rule : rules) {
      LintFixtures.Case bad = LintFixtures.load(rule + "-bad");
      LintFixtures.Case good = LintFixtures.load(rule + "-good");
      assertThat(LintFixtures.linter(DMS, bad, true).lint(bad.fileName(), bad.text()))
          .as(rule + "-bad").anyMatch(f -> f.ruleId().equals(rule));
      assertThat(LintFixtures.linter(DMS, good, true).lint(good.fileName(), good.text()))
          .as(rule + "-good").noneMatch(f -> f.ruleId().equals(rule));
    }
  }

  @Test
  void suggestsTheTlsParameterForTheSaslTypo() {
    List<Finding> findings = new PostfixLinter(DMS).lint("o.cf", "smtpd_sasl_auth_only = yes\n");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.message()).contains("did you mean `smtpd_tls_auth_only`?");
    });
  }

  @Test
  void userDefinedNameReferencedFromMasterCfIsFine() {
    String master = DMS.masterCfText() + "587x inet n - n - - smtpd\n  -o smtpd_client_restrictions=$my_clients\n";
    List<Finding> findings = new PostfixLinter(DMS, MasterCf.parse(master)).lint("o.cf",
        "my_clients = permit_mynetworks, reject\n");
    assertThat(findings).isEmpty();
  }

  @Test
  void rawParametersAreNotScannedForReferences() {
    assertThat(new PostfixLinter(DMS).lint("o.cf", "smtpd_reject_footer = contact $no_such_name\n")).isEmpty();
  }

  @Test
  void aMalformedLineDoesNotHideTheOtherFindings() {
    List<Finding> findings = new PostfixLinter(DMS).lint("o.cf", "oops\nsmtpd_sasl_auth_only = yes\n");
    assertThat(findings).extracting(Finding::ruleId).containsExactly("line-syntax", "unknown-parameter");
  }

  @Test
  void findingsAreSortedByLineThenRule() {
    List<Finding> findings = new PostfixLinter(DMS).lint("o.cf",
        "relayhost = x # y\nmessage_size_limit = 1\nmessage_size_limit = 2\n");
    assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    assertThat(findings).extracting(Finding::line).containsExactly(1, 1, 2, 3);
  }

  @Test
  void anOverlayNamedMainCfIsNotConfusedWithTheImagesMainCf() {
    assertThat(new PostfixLinter(DMS).lint("main.cf", "relayhost = x\n"))
        .extracting(Finding::ruleId).containsExactly("dms-computed-override");
  }

  @Test
  void emptyAndCommentOnlyOverlaysAreClean() {
    assertThat(new PostfixLinter(DMS).lint("o.cf", "")).isEmpty();
    assertThat(new PostfixLinter(DMS).lint("o.cf", "# nothing\n\n   \n")).isEmpty();
  }

  @Test
  void arbitraryTextNeverThrowsAndFindingsStaySorted() {
    String alphabet = "ab_=$ {}()#\t\n:,?.";
    for (long seed = 1; seed <= 500; seed++) {
      java.util.Random r = new java.util.Random(seed);
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      List<Finding> findings = new PostfixLinter(DMS).lint("o.cf", sb.toString());
      assertThat(findings).as("seed %d", seed).isSortedAccordingTo(Finding.ORDER);
      assertThat(Effective.merge(DMS, "o.cf", sb.toString()).render()).isNotNull();
    }
  }
}
