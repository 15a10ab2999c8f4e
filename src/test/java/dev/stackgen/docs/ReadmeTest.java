package dev.stackgen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's claims in step with the code it describes. */
class ReadmeTest {
  @Test
  void postfixRuleTableIsTheCurrentOne() throws Exception {
    String rules = Files.readString(Fixtures.repoRoot().resolve("src/main/resources/dev/stackgen/postfix/RULES.md"));
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"));
    Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(rules);
    int count = 0;
    while (m.find()) {
      assertThat(readme).as("README lists rule %s", m.group(1)).contains("| `" + m.group(1) + "` |");
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(9);
  }

  /** The catalog example and the file it renders, as the README shows them, are what stackgen does. */
  @Test
  void catalogExampleRendersWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"));
    int section = readme.indexOf("## The catalog");
    int catalogStart = readme.indexOf("```hcl\n", section) + 7;
    int catalogEnd = readme.indexOf("```", catalogStart);
    int outputStart = readme.indexOf("```hcl\n", catalogEnd + 3) + 7;
    int outputEnd = readme.indexOf("```", outputStart);
    String catalog = readme.substring(catalogStart, catalogEnd)
        + "\nstack \"platform\" {\n  tier = \"core\"\n}\n\nstack \"kyverno\" {\n  tier = \"cluster\"\n}\n";
    var rendered = new dev.stackgen.render.Renderer(dev.stackgen.render.Templates.bundled()).render(
        dev.stackgen.catalog.CatalogReader.parse(
            java.util.List.of(new dev.stackgen.catalog.CatalogReader.Source("stackgen.hcl", catalog))));
    assertThat(rendered.stream().filter(f -> f.path().equals("stacks/webmail/terragrunt.hcl")).findFirst()
        .orElseThrow().content()).isEqualTo(readme.substring(outputStart, outputEnd));
  }

  @Test
  void quickStartCommandsAreNearTheTop() throws Exception {
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"));
    String top = readme.substring(0, Math.min(readme.length(), 1500));
    assertThat(top).contains("bin/stackgen check -C stacks-fixtures/homelab").contains("mvn -B verify");
    assertThat(Files.readString(Fixtures.repoRoot().resolve(".ci/run"))).contains("mvn -B verify")
        .contains("bin/stackgen check -C stacks-fixtures/homelab");
  }
}
