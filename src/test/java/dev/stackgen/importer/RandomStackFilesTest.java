package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.HclOracle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random stack {@code terragrunt.hcl} files and root files, canonical as {@code terraform fmt}
 * leaves them: Terragrunt's blocks and attributes in any order, one-line and multi-line blocks, the
 * include present or not (one-line, with {@code expose}, under another label), dependencies with and
 * without {@code config_path} and mock outputs, {@code #}, {@code //} and block comments above, inside
 * and after items, 0-2 blank lines between items and at both ends of the file, empty and comment-only
 * files. Every file must be taken over and regenerate byte for byte.
 * {@code -Dstackgen.random.seed=N} picks the first seed.
 */
class RandomStackFilesTest {
  @TempDir
  Path temp;

  @Test
  void randomStackAndRootFilesAreTakenOverAndRoundTrip() throws Exception {
    long first = Long.getLong("stackgen.random.seed", 1);
    int exact = 0;
    int starts = 0;
    for (long seed = first; seed < first + 10; seed++) {
      Path repo = temp.resolve("random-" + seed);
      int count = writeRepo(seed, repo);
      CatalogImporter.Result r = new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
      assertThat(r.takenOver()).as("seed %d: %s", seed, r.leftAlone()).hasSize(count + 1);
      RandomWrappersTest.assertRegenerates(r, repo, temp.resolve("fresh-" + seed), seed);
      exact += RandomWrappersTest.count(r.catalog(), "layout = \"exact\"");
      starts += RandomWrappersTest.count(r.catalog(), "leading_blank_lines");
    }
    if (first == 1) {
      assertThat(List.of(exact, starts)).as("exact layouts, leading blank lines").allMatch(n -> n >= 3);
    }
  }

  /** Writes the random repository of {@code seed} into {@code repo}; returns its number of stacks. */
  static int writeRepo(long seed, Path repo) throws Exception {
    Random rnd = new Random(seed);
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("terragrunt.hcl"), canonical(randomRoot(rnd)));
    int count = 12;
    for (int i = 0; i < count; i++) {
      Path dir = Files.createDirectories(repo.resolve("stacks/s" + i));
      Files.writeString(dir.resolve("terragrunt.hcl"), canonical(randomStack(rnd, i)));
    }
    return count;
  }

  @Test
  void theRandomFilesAreCanonicalForTheOfficialFormatterAndParser() throws Exception {
    assertRandomReposCanonical(temp, 10, RandomStackFilesTest::writeRepo);
  }

  /** Writes the random repository of a seed into a folder. */
  interface RepoWriter {
    int write(long seed, Path repo) throws Exception;
  }

  /** The repositories of seeds 1..{@code seeds}, written by {@code writer}, are canonical for the oracle. */
  static void assertRandomReposCanonical(Path temp, int seeds, RepoWriter writer) throws Exception {
    HclOracle.assumeAvailable();
    Map<String, String> files = new LinkedHashMap<>();
    for (long seed = 1; seed <= seeds; seed++) {
      Path repo = temp.resolve("oracle-" + seed);
      writer.write(seed, repo);
      for (String f : Fixtures.listFiles(repo)) {
        files.put(seed + "/" + f, Files.readString(repo.resolve(f)));
      }
    }
    assertCanonicalForTheOracle(files);
  }

  /** The official parser accepts every file and the official formatter leaves each as it is. */
  static void assertCanonicalForTheOracle(Map<String, String> files) {
    Map<String, String> formatted = HclOracle.format(files);
    var parsed = HclOracle.parse(files);
    for (var e : files.entrySet()) {
      assertThat(parsed.get(e.getKey()).ok()).as("official parser: %s", e.getKey()).isTrue();
      assertThat(formatted.get(e.getKey())).as("official formatter: %s", e.getKey()).isEqualTo(e.getValue());
    }
  }

  /** The text as {@code terraform fmt} leaves it (which keeps blank lines at both ends). */
  private static String canonical(String text) throws Exception {
    String formatted = HclFormatter.format(text);
    HclParser.parse(formatted, "random.hcl");
    return formatted;
  }

  private static String blank(Random rnd) {
    int r = rnd.nextInt(10);
    return r < 4 ? "" : r < 9 ? "\n" : "\n\n";
  }

  private static String comment(Random rnd, String text) {
    return switch (rnd.nextInt(8)) {
      case 0 -> "# " + text + "\n";
      case 1 -> "// " + text + "\n";
      case 2 -> "/* " + text + " */\n";
      default -> "";
    };
  }

  private static String trailing(Random rnd) {
    return rnd.nextInt(6) == 0 ? (rnd.nextBoolean() ? " # note" : " // note") : "";
  }

  private static String randomRoot(Random rnd) {
    StringBuilder b = new StringBuilder();
    b.append(rnd.nextInt(5) == 0 ? "\n" : "");
    b.append(comment(rnd, "The root of the lab."));
    b.append("locals {\n").append(comment(rnd, "tiers")).append("tiers = {\n")
        .append("core = \"0-core\"").append(trailing(rnd)).append("\n")
        .append("apps = \"2-apps\"\n}\n").append(blank(rnd))
        .append(rnd.nextBoolean() ? "tier_0 = [\"s0\"]\n" : "").append("}\n");
    List<String> items = new ArrayList<>();
    if (rnd.nextBoolean()) {
      items.add("remote_state {\nbackend = \"local\"\nconfig = {\npath = \"${get_terragrunt_dir()}/state\"\n}\n}\n");
    }
    if (rnd.nextBoolean()) {
      items.add("generate \"versions\" {\npath = \"versions.tf\"\nif_exists = \"overwrite_terragrunt\"\n"
          + "contents = <<EOF\nterraform {\n  required_version = \">= 1.6\"\n}\nEOF\n}\n");
    }
    if (rnd.nextBoolean()) {
      items.add("inputs = {\nregion = \"eu-west-1\"" + trailing(rnd) + "\n}\n");
    }
    Collections.shuffle(items, rnd);
    for (String item : items) {
      b.append(blank(rnd)).append(comment(rnd, "item")).append(item);
    }
    b.append(rnd.nextInt(5) == 0 ? "\n" : "");
    return b.toString();
  }

  private static String randomStack(Random rnd, int index) {
    int shape = rnd.nextInt(12);
    if (shape == 0) {
      return "";
    }
    if (shape == 1) {
      return comment(rnd, "placeholder") + "# nothing here yet\n";
    }
    StringBuilder b = new StringBuilder();
    b.append(rnd.nextInt(6) == 0 ? "\n".repeat(1 + rnd.nextInt(2)) : "");
    if (rnd.nextInt(3) == 0) {
      b.append("# s").append(index).append(": a stack.\n").append(blank(rnd));
    }
    List<String> items = new ArrayList<>();
    int include = rnd.nextInt(6);
    if (include < 3) {
      items.add("include \"root\" {\npath = find_in_parent_folders()\n}" + trailing(rnd) + "\n");
    } else if (include == 3) {
      items.add("include \"root\" { path = find_in_parent_folders() }\n");
    } else if (include == 4) {
      items.add("include \"root\" {\npath   = find_in_parent_folders()\nexpose = true\n}\n");
    }
    for (int d = 0; d < index && d < 3; d++) {
      if (rnd.nextInt(3) != 0) {
        continue;
      }
      String name = "s" + rnd.nextInt(index);
      if (items.stream().anyMatch(i -> i.startsWith("dependency \"" + name + "\""))) {
        continue;
      }
      items.add(switch (rnd.nextInt(5)) {
        case 0 -> "dependency \"" + name + "\" {\nconfig_path = \"../" + name + "\"\n}\n";
        case 1 -> "dependency \"" + name + "\" { config_path = \"../" + name + "\" }\n";
        case 2 -> "dependency \"" + name + "\" {" + trailing(rnd) + "\nconfig_path = \"../" + name + "\"\n"
            + comment(rnd, "mocks") + "mock_outputs = {\nid = \"mock\"\n}\n"
            + "mock_outputs_allowed_terraform_commands = [\"plan\", \"validate\"]\n}\n";
        case 3 -> "dependency \"" + name + "\" {\nconfig_path  = \"../" + name + "\"\nskip_outputs = true\n}\n";
        default -> "dependency \"" + name + "\" {\n" + comment(rnd, "only ordering") + "config_path = \"../" + name
            + "\"" + trailing(rnd) + "\n}\n";
      });
    }
    if (rnd.nextBoolean()) {
      items.add("terraform {\nsource = \"../../modules//s" + index + "\"\n}\n");
    }
    if (rnd.nextInt(3) == 0) {
      items.add("locals {\n" + comment(rnd, "why") + "name = basename(get_terragrunt_dir())\n}\n");
    }
    if (rnd.nextBoolean()) {
      items.add("inputs = {\n" + comment(rnd, "inputs") + "name = \"s" + index + "\"" + trailing(rnd) + "\n"
          + (rnd.nextBoolean() ? "text = <<-EOT\n  hello\nEOT\n" : "") + "}\n");
    }
    if (rnd.nextInt(4) == 0) {
      items.add("prevent_destroy = true\n");
    }
    if (rnd.nextInt(5) == 0) {
      items.add("generate \"provider\" {\npath      = \"provider.tf\"\nif_exists = \"overwrite\"\n"
          + "contents  = \"provider \\\"null\\\" {}\\n\"\n}\n");
    }
    if (rnd.nextInt(3) == 0) {
      Collections.shuffle(items, rnd);
    }
    for (int k = 0; k < items.size(); k++) {
      b.append(k == 0 ? "" : blank(rnd)).append(comment(rnd, "item " + k)).append(items.get(k));
    }
    int end = rnd.nextInt(6);
    b.append(end == 0 ? "\n" : end == 1 ? "\n# last words\n" : end == 2 ? "\n\n" : "");
    return b.toString();
  }
}
