package dev.stackgen.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's realistic mistakes, made in a copy of the bundled homelab catalog (with a module folder beside
 * ntfy's wrapper, as a real repository has): each one exits 2 from generate and from check with the
 * catalog line of the mistake ({@code stackgen.hcl:LINE:}), and no file of the repository changes. The
 * single-catalog versions are in the mistakes corpus (105-109, 114-116); here they meet the whole catalog.
 */
class HomelabMistakesTest {
  private static final String MARK = "# <- mistake";
  private static final String NTFY_INPUTS = "    base_url = \"https://ntfy.lab.example.net\"\n";
  private static final String NTFY_MODULE = "  module \"ntfy\" {\n";

  @TempDir
  Path tmp;

  Path repo;
  String catalog;

  @BeforeEach
  void copyHomelab() throws Exception {
    repo = Fixtures.copyTree(Path.of("stacks-fixtures/homelab"), tmp.resolve("homelab"));
    Files.createDirectories(repo.resolve("stacks/ntfy/modules/ntfy"));
    Files.writeString(repo.resolve("stacks/ntfy/modules/ntfy/main.tf"), "variable \"tls_secret_name\" {}\n");
    catalog = Files.readString(repo.resolve("stackgen.hcl"));
    assertThat(catalog).contains(NTFY_INPUTS, NTFY_MODULE);
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("a value typed with two equals signs", NTFY_INPUTS,
            NTFY_INPUTS + "    image_tag = = \"1.6.9\" " + MARK + "\n"),
        Arguments.of("an attribute with no value", NTFY_INPUTS, NTFY_INPUTS + "    image_tag = " + MARK + "\n"),
        Arguments.of("an include of a file that is not there", NTFY_MODULE,
            "  include \"common\" { " + MARK + "\n    path = \"../_envcommon/ntfy.hcl\"\n  }\n\n" + NTFY_MODULE),
        Arguments.of("find_in_parent_folders of a file that is not there", NTFY_MODULE,
            "  include \"region\" { " + MARK + "\n    path = find_in_parent_folders(\"region.hcl\")\n  }\n\n"
                + NTFY_MODULE),
        Arguments.of("a misspelt local module source", NTFY_MODULE,
            NTFY_MODULE + "    source = \"./modules/ntfyy\" " + MARK + "\n"),
        Arguments.of("two stacks writing one path", NTFY_MODULE,
            "  file \"extra/x.tf\" {\n    locals {\n      a = 1\n    }\n  }\n\n" + NTFY_MODULE,
            "\nstack \"ntfy/extra\" {\n  tier = \"aux\"\n  use_defaults = false\n  file \"x.tf\" { " + MARK
                + "\n    locals {\n      a = 2\n"
                + "    }\n  }\n}\n"),
        Arguments.of("a nested stack name that is not a path", NTFY_MODULE, NTFY_MODULE,
            "\nstack \"ntfy/-extra\" { " + MARK + "\n  tier = \"aux\"\n  use_defaults = false\n  module \"extra\" {\n"
                + "    source = \"../modules/ntfy\"\n  }\n}\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inPlace")
  void exitsTwoAtTheCatalogLineAndWritesNothing(String what, String find, String replace) throws Exception {
    mistake(find, replace, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("appended")
  void exitsTwoAtTheCatalogLineAndWritesNothingWithAStackAppended(String what, String find, String replace,
      String appended) throws Exception {
    mistake(find, replace, appended);
  }

  static Stream<Arguments> inPlace() {
    return mistakes().filter(a -> a.get().length == 3);
  }

  static Stream<Arguments> appended() {
    return mistakes().filter(a -> a.get().length == 4);
  }

  private void mistake(String find, String replace, String appended) throws Exception {
    String text = catalog.replaceFirst(java.util.regex.Pattern.quote(find),
        java.util.regex.Matcher.quoteReplacement(replace)) + appended;
    int line = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith(MARK)) {
        line = i + 1;
      }
    }
    assertThat(line).as("marked line").isPositive();
    Files.writeString(repo.resolve("stackgen.hcl"), text);
    Map<String, byte[]> before = snapshot();
    for (String command : new String[] {"generate", "check"}) {
      Run run = Run.in(repo, command);
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(command).startsWith("stackgen.hcl:" + line + ":").doesNotContain("\n\tat ");
      assertThat(run.err().strip()).as("one line").doesNotContain("\n");
      Map<String, byte[]> after = snapshot();
      assertThat(after.keySet()).as("nothing written").isEqualTo(before.keySet());
      after.forEach((f, bytes) -> assertThat(bytes).as(f).isEqualTo(before.get(f)));
    }
  }

  /** A nested stack with a module block, and new with a nested name and --kind module, work as flat ones do. */
  @Test
  void nestedModuleStacksWork() throws Exception {
    // use_defaults = false: the defaults' dependency "platform" {} means ../platform, a sibling of the stack
    Files.writeString(repo.resolve("stackgen.hcl"), catalog + "\nstack \"ntfy/extra\" {\n  tier = \"aux\"\n"
        + "  use_defaults = false\n  module \"extra\" {\n    source = \"../modules/ntfy\"\n    url    = var.url\n  }\n}\n");
    Run gen = Run.in(repo, "generate");
    assertThat(gen.exit()).as(gen.toString()).isZero();
    assertThat(Files.readString(repo.resolve("stacks/ntfy/extra/main.tf"))).contains("source = \"../modules/ntfy\"");
    assertThat(Run.in(repo, "check").exit()).isZero();
    // new with a nested name and --kind module: here the catalog's defaults hold dependency "platform" {},
    // which for prod/us-east-1/app means its sibling ../platform: refused at that catalog line, nothing written
    Map<String, byte[]> before = snapshot();
    String text = Files.readString(repo.resolve("stackgen.hcl"));
    int defaultsLine = text.substring(0, text.indexOf("  dependency \"platform\" {}")).split("\n", -1).length;
    Run created = Run.in(repo, "new", "prod/us-east-1/app", "--kind", "module", "--tier", "aux");
    assertThat(created.exit()).as(created.toString()).isEqualTo(2);
    assertThat(created.err()).contains("stackgen.hcl:" + defaultsLine + ":3: stack \"prod/us-east-1/app\" depends on"
        + " unknown stack \"prod/us-east-1/platform\"");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(text);
    assertThat(snapshot().keySet()).isEqualTo(before.keySet());
    // without defaults it is created like a flat one
    Files.writeString(repo.resolve("stackgen.hcl"), text.replace("  dependency \"platform\" {}\n", ""));
    Run plain = Run.in(repo, "new", "prod/us-east-1/app", "--kind", "module", "--tier", "aux");
    assertThat(plain.exit()).as(plain.toString()).isZero();
    assertThat(repo.resolve("stacks/prod/us-east-1/app/main.tf")).exists();
  }

  /** fmt --check refuses what terraform fmt refuses, with its exit code 2 and the file's line. */
  @Test
  void fmtCheckRefusesInvalidExpressions() throws Exception {
    for (String text : new String[] {"a = { b = }\n", "a = [1,, 2]\n"}) {
      Path f = tmp.resolve("bad.hcl");
      Files.writeString(f, text);
      for (String[] args : new String[][] {{"fmt", "--check", f.toString()}, {"fmt", f.toString()}}) {
        Run fmt = Run.of(args);
        assertThat(fmt.exit()).as(text + fmt).isEqualTo(2);
        assertThat(fmt.err()).startsWith(f + ":1:");
        assertThat(Files.readString(f)).isEqualTo(text);
      }
    }
  }

  private Map<String, byte[]> snapshot() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    for (String f : Fixtures.listFiles(repo)) {
      if (!f.equals("stackgen.hcl") && !f.startsWith(".stackgen")) {
        files.put(f, Files.readAllBytes(repo.resolve(f)));
      }
    }
    return files;
  }
}
