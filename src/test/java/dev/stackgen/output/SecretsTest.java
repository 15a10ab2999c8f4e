package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.ChildJvm;
import dev.stackgen.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stackgen writes references to Vault and environment values, never the values themselves. */
class SecretsTest {
  private static final String SECRET = "s3cr3t-value-that-must-not-leak";

  @TempDir
  Path repo;

  /**
   * The product code reads the environment in one place only, by name, and only the variables that
   * say where to keep the check cache: no value of any other variable can reach a file.
   */
  @Test
  void productCodeReadsOnlyTheCacheLocationFromTheEnvironment() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.repoRoot().resolve("src/main/java"))) {
      List<Path> readers = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).contains("getenv"))
          .toList();
      assertThat(readers).extracting(p -> p.getFileName().toString()).containsExactly("Context.java");
      String context = read(readers.get(0));
      assertThat(context.split("getenv", -1)).as("one getenv call").hasSize(2);
      assertThat(context).contains(
          "for (String name : RunOptions.CACHE_VARIABLES) {\n      String value = System.getenv(name);");
    }
    assertThat(dev.stackgen.RunOptions.CACHE_VARIABLES).isEqualTo(CheckCache.ENVIRONMENT);
    assertThat(CheckCache.ENVIRONMENT).containsExactly("STACKGEN_NO_CACHE", "STACKGEN_CACHE_DIR", "XDG_CACHE_HOME",
        "HOME");
  }

  @Test
  void generatedFilesHoldReferencesNotValues() throws Exception {
    Fixtures.copyTree(Fixtures.fixturesDir().resolve("module-stacks"), repo);
    Path catalog = repo.resolve("stackgen.hcl");
    Files.writeString(catalog, Files.readString(catalog) + """

        stack "leaky" {
          tier = "%s"
          inputs = {
            token = get_env("STACKGEN_TEST_SECRET")
            home  = get_env("HOME", "none")
          }
        }
        """.formatted(firstTier(Files.readString(catalog))));
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.stackgen("generate", "-C", repo.toString()))
        .redirectErrorStream(true);
    pb.environment().put("STACKGEN_TEST_SECRET", SECRET);
    pb.environment().put("PG_CONN_STR", SECRET);
    pb.environment().put("VAULT_TOKEN", SECRET);
    pb.environment().put("VAULT_ADDR", "https://" + SECRET);
    pb.redirectOutput(repo.resolve(".generate.log").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(repo.resolve(".generate.log"))).isZero();
    StringBuilder all = new StringBuilder();
    for (String f : Fixtures.listFiles(repo)) {
      String text = read(repo.resolve(f));
      assertThat(text).as(f).doesNotContain(SECRET);
      all.append(text);
    }
    assertThat(all).contains("get_env(\"STACKGEN_TEST_SECRET\")", "get_env(\"PG_CONN_STR\"",
        "data.vault_kv_secret_v2.secrets.data[");
  }

  private static String firstTier(String catalog) {
    int tiers = catalog.indexOf("tiers");
    int brace = catalog.indexOf('{', tiers);
    String rest = catalog.substring(brace + 1).strip();
    return rest.substring(0, rest.indexOf(' ')).strip();
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
