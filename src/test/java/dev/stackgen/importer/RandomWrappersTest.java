package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random module wrappers and stack files, in the canonical form {@code terraform fmt} leaves
 * alone: one-line and multi-line variables, optional attributes present or absent in any order, 0-2
 * blank lines anywhere between blocks and at the end, comments above, inside and after blocks, vault
 * sources with attributes in any order, one or two locals blocks, outputs and moved blocks, blocks in any order and after
 * the call, a call on one line, blank lines before the first line, variables declared by the root's generate block or by a
 * hand-written file. Every wrapper must be taken over and regenerate byte for byte. {@code -Dstackgen.random.seed=N} picks the
 * first seed.
 */
class RandomWrappersTest {
  @TempDir
  Path temp;

  @Test
  void randomWrappersAreTakenOverAndRoundTrip() throws Exception {
    long first = Long.getLong("stackgen.random.seed", 1);
    int asWritten = 0;
    int footers = 0;
    int elsewhere = 0;
    int after = 0;
    int starts = 0;
    int oneLine = 0;
    int outputs = 0;
    for (long seed = first; seed < first + 12; seed++) {
      Path repo = temp.resolve("random-" + seed);
      int count = writeRepo(seed, repo);
      CatalogImporter.Result r = new CatalogImporter(repo, "stacks", new Renderer(Templates.bundled())).run();
      assertThat(r.wrappers()).as("seed %d: %s", seed, r.leftAlone()).hasSize(count);
      assertRegenerates(r, repo, temp.resolve("fresh-" + seed), seed);
      asWritten += count(r.catalog(), "blank_lines = \"as_written\"");
      footers += count(r.catalog(), "footer");
      elsewhere += count(r.catalog(), "elsewhere {");
      after += count(r.catalog(), "after_module {");
      starts += count(r.catalog(), "/main.tf\" = ");
      oneLine += count(r.catalog(), "one_line_call = true");
      outputs += count(r.catalog(), "output \"id\"");
    }
    if (first == 1) { // the default seeds must exercise every layout feature; other seeds only explore
      assertThat(List.of(asWritten, footers, elsewhere, after, starts, outputs, oneLine))
          .as("as_written, footer, elsewhere, after_module, leading_blank_lines, output, one_line_call")
          .allMatch(n -> n >= 3);
    }
  }

  /** Writes the random repository of {@code seed} into {@code repo}; returns its number of wrappers. */
  static int writeRepo(long seed, Path repo) throws Exception {
    Random rnd = new Random(seed);
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("terragrunt.hcl"), """
        generate "tiers" {
          path      = "tiers.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOF
        locals {
          tiers = { core = "0-core", apps = "2-apps" }
        }
        EOF
        }

        generate "providers" {
          path      = "providers.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOF
        variable "kube_config_path" { type = string }
        EOF
        }
        """);
    int count = 10;
    for (int i = 0; i < count; i++) {
      Path dir = Files.createDirectories(repo.resolve("stacks/w" + i));
      String tg = "include \"root\" {\n  path = find_in_parent_folders()\n}\n" + "\n".repeat(rnd.nextInt(3));
      Files.writeString(dir.resolve("terragrunt.hcl"), tg);
      boolean handVariables = rnd.nextInt(3) == 0;
      if (handVariables) {
        Files.writeString(dir.resolve("variables.tf"), "variable \"from_file\" {\n  type = string\n}\n");
      }
      Files.writeString(dir.resolve("main.tf"), HclFormatter.format(randomWrapper(rnd, i, handVariables)));
    }
    return count;
  }

  @Test
  void theRandomFilesAreCanonicalForTheOfficialFormatterAndParser() throws Exception {
    RandomStackFilesTest.assertRandomReposCanonical(temp, 12, RandomWrappersTest::writeRepo);
  }

  /**
   * The import reports no difference, and its catalog, read from a fresh folder, renders every
   * taken-over file exactly as on disk, in canonical form.
   */
  static void assertRegenerates(CatalogImporter.Result r, Path repo, Path fresh, long seed) throws Exception {
    assertThat(r.differing()).as("seed %d", seed).isEmpty();
    Files.createDirectories(fresh);
    Files.writeString(fresh.resolve("stackgen.hcl"), r.catalog());
    Map<String, String> rendered = new LinkedHashMap<>();
    for (GeneratedFile f : new Renderer(Templates.bundled()).render(CatalogReader.read(fresh))) {
      rendered.put(f.path(), f.content());
    }
    for (String path : r.takenOver()) {
      assertThat(rendered.get(path)).as("seed %d %s", seed, path).isEqualTo(Files.readString(repo.resolve(path)));
      assertThat(HclFormatter.format(rendered.get(path))).as("canonical: seed %d %s", seed, path)
          .isEqualTo(rendered.get(path));
    }
  }

  static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  private static String blank(Random rnd) {
    int r = rnd.nextInt(10);
    return r < 3 ? "" : r < 9 ? "\n" : "\n\n";
  }

  private static String comment(Random rnd, String text) {
    return rnd.nextInt(4) == 0 ? "# " + text + "\n" : "";
  }

  private static String randomWrapper(Random rnd, int index, boolean handVariables) {
    List<String> used = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    if (rnd.nextInt(6) == 0) {
      b.append("\n".repeat(1 + rnd.nextInt(2))); // blank lines before the first line
    }
    if (rnd.nextBoolean()) {
      b.append("# w").append(index).append(": a wrapped module.\n").append(blank(rnd));
    }
    List<String> blocks = new ArrayList<>();
    int variables = rnd.nextInt(4);
    for (int v = 0; v < variables; v++) {
      String name = "v" + v;
      used.add("var." + name);
      blocks.add(variable(rnd, name));
    }
    if (rnd.nextInt(3) == 0) {
      blocks.add(vault(rnd, index));
      used.add("data.vault_kv_secret_v2.s.data[\"k\"]");
    }
    if (rnd.nextInt(3) == 0) {
      blocks.add("locals {" + (rnd.nextInt(5) == 0 ? " # open" : "") + "\n" + comment(rnd, "local") + "l = 1\n"
          + (rnd.nextInt(4) == 0 ? "# more later\n" : "") + "}" + (rnd.nextInt(5) == 0 ? " # after locals" : "")
          + "\n");
      used.add("local.l");
      if (rnd.nextInt(3) == 0) {
        blocks.add("locals {\n  m = local.l\n}\n"); // a second locals block
        used.add("local.m");
      }
    }
    if (rnd.nextInt(3) == 0) {
      blocks.add("output \"id\" {\n  value = module.w" + index + ".id # the id\n}\n");
    }
    if (rnd.nextInt(4) == 0) {
      blocks.add("moved {\n  from = module.old\n  to   = module.w" + index + "\n}\n");
    }
    if (rnd.nextInt(3) == 0) {
      Collections.shuffle(blocks, rnd); // any order, not only variables, vault, locals
    }
    // the call stands after most blocks, sometimes before some of them
    int call = blocks.isEmpty() ? 0 : blocks.size() - rnd.nextInt(Math.min(3, blocks.size() + 1));
    if (rnd.nextBoolean()) {
      used.add("var.kube_config_path");
    }
    if (handVariables) {
      used.add("var.from_file");
    }
    for (int k = 0; k <= blocks.size(); k++) {
      if (k == call && rnd.nextInt(8) == 0) {
        b.append(comment(rnd, "the call")).append("module \"w").append(index).append("\" { source = \"./modules/w")
            .append(index).append("\" }").append(rnd.nextInt(3) == 0 ? " # one line" : "").append('\n')
            .append(k < blocks.size() ? blank(rnd) : "");
      } else if (k == call) {
        b.append(comment(rnd, "the call"));
        b.append("module \"w").append(index).append("\" {").append(rnd.nextInt(5) == 0 ? " # open" : "")
            .append('\n');
        b.append("source = \"./modules/w").append(index).append("\"\n");
        for (int u = 0; u < used.size(); u++) {
          b.append(u > 0 && rnd.nextInt(5) == 0 ? "\n" : "").append("a").append(u).append(" = ").append(used.get(u))
              .append('\n');
        }
        b.append("tier = local.tiers.").append(rnd.nextBoolean() ? "core" : "apps").append('\n');
        b.append(rnd.nextInt(5) == 0 ? "# disabled = true\n" : "");
        b.append("}").append(rnd.nextInt(6) == 0 ? " # end" : "").append('\n');
        b.append(k < blocks.size() ? blank(rnd) : "");
      }
      if (k < blocks.size()) {
        b.append(comment(rnd, "block " + k)).append(blocks.get(k)).append(blank(rnd));
      }
    }
    int r = rnd.nextInt(6);
    b.append(r == 0 ? "\n" : r == 1 ? "\n# trailing note\n" : r == 2 ? "\n\n" : "");
    return b.toString();
  }

  private static String variable(Random rnd, String name) {
    StringBuilder b = new StringBuilder(comment(rnd, "about " + name));
    List<String> attrs = new ArrayList<>();
    if (rnd.nextInt(4) != 0) {
      attrs.add("type = " + (rnd.nextBoolean() ? "string" : "number"));
    }
    if (rnd.nextBoolean()) {
      attrs.add("default = " + (rnd.nextBoolean() ? "null" : "\"x\""));
    }
    if (rnd.nextInt(3) == 0) {
      attrs.add("description = \"The " + name + ".\"");
    }
    if (rnd.nextInt(4) == 0) {
      attrs.add("sensitive = true");
    }
    if (rnd.nextInt(5) == 0) {
      attrs.add("nullable = false");
    }
    Collections.shuffle(attrs, rnd);
    if (attrs.size() <= 1 && rnd.nextBoolean()) {
      return b.append("variable \"").append(name).append("\" {").append(attrs.isEmpty() ? "" : " " + attrs.get(0) + " ")
          .append("}\n").toString();
    }
    b.append("variable \"").append(name).append("\" {").append(rnd.nextInt(5) == 0 ? " # open" : "").append('\n');
    for (String a : attrs) {
      b.append(comment(rnd, "why")).append(a).append('\n');
    }
    b.append(rnd.nextInt(6) == 0 ? "# end of " + name + "\n" : "");
    return b.append("}").append(rnd.nextInt(6) == 0 ? " # after" : "").append('\n').toString();
  }

  /** A vault source with its attributes in any order, comments inside and after it. */
  private static String vault(Random rnd, int index) {
    List<String> attrs = new ArrayList<>(List.of("mount = \"secret\"", "name  = \"w" + index + "\""));
    if (rnd.nextBoolean()) {
      attrs.add("version = 2");
    }
    if (rnd.nextInt(4) == 0) {
      attrs.add("provider = vault.admin");
    }
    Collections.shuffle(attrs, rnd);
    StringBuilder b = new StringBuilder("data \"vault_kv_secret_v2\" \"s\" {\n");
    for (String a : attrs) {
      b.append(comment(rnd, "vault")).append(a).append(rnd.nextInt(5) == 0 ? " # pinned" : "").append('\n');
    }
    b.append(rnd.nextInt(5) == 0 ? "# namespace later\n" : "");
    return b.append("}").append(rnd.nextInt(5) == 0 ? " # the secret" : "").append('\n').toString();
  }
}
