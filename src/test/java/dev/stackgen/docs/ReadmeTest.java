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

  @Test
  void quickStartCommandsAreNearTheTop() throws Exception {
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"));
    String top = readme.substring(0, Math.min(readme.length(), 1500));
    assertThat(top).contains("bin/stackgen check -C stacks-fixtures/homelab").contains("mvn -B verify");
    assertThat(Files.readString(Fixtures.repoRoot().resolve(".ci/run"))).contains("mvn -B verify")
        .contains("bin/stackgen check -C stacks-fixtures/homelab");
  }
}
