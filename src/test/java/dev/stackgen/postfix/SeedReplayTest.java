package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the seed change (../shared/seed-postscreen-cache-change.txt) through the catalog: adding
 * the postscreen stanza changes the generated overlay by exactly that stanza and nothing else; and,
 * starting from a hand-kept tree as it was BEFORE the change (src/test/resources/postfix-seed/pre-change:
 * overlay without type, {@code smtpd_use_tls=yes}, trailing blanks, a reference main.cf beside it, a
 * service-specific name, a blank line at the end of the file), import, the change made in the catalog
 * and generate give exactly the file the maintainer made by hand (post-change-variables.tf).
 */
class SeedReplayTest {
  private static final Path SEED = Path.of("src/test/resources/postfix-seed");
  private static final String OVERLAY_FILE = "stacks/mailserver/modules/mailserver/variables.tf";

  @TempDir
  Path temp;

  /** What the maintainer writes in the catalog: the stanza at the end of the overlay block. */
  static String addStanza(String catalog) {
    int block = catalog.indexOf("postfix_overlay \"postfix_cf\" {");
    assertThat(block).as("the imported catalog has the overlay block").isGreaterThan(0);
    int lineStart = catalog.lastIndexOf('\n', block) + 1;
    String indent = catalog.substring(lineStart, block);
    int close = catalog.indexOf("\n" + indent + "}\n", block);
    String inner = indent + "  ";
    return catalog.substring(0, close + 1)
        + "\n"
        + inner + "# Disable the postscreen decision cache: the btree cache takes an exclusive\n"
        + inner + "# lock and concurrent postscreen processes die with \"unable to get exclusive\n"
        + inner + "# lock\". Per-session checks still apply; they are just not cached.\n"
        + inner + "postscreen_cache_map = \"\"\n"
        + catalog.substring(close + 1);
  }

  @Test
  void seedChangeMadeInTheImportedCatalogGivesTheHandMadeFile() throws Exception {
    Path repo = Fixtures.copyTree(SEED.resolve("pre-change"), temp.resolve("repo"));
    Map<String, String> before = new TreeMap<>();
    for (String f : Fixtures.listFiles(repo)) {
      before.put(f, Files.readString(repo.resolve(f)));
    }

    Run imported = Run.in(repo, "import");
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("postfix overlays: 1\n  mailserver: modules/mailserver/variables.tf variable"
        + " \"postfix_cf\"\n");
    assertThat(imported.out()).contains("main.cf heredocs kept verbatim (not the overlay): 2\n");
    assertThat(imported.out()).contains(OVERLAY_FILE + ":12: variable \"postfix_cf_reference_DO_NOT_USE\" holds a"
        + " main.cf heredoc but is not the Postfix overlay (the stack mounts var.postfix_cf as \"postfix-main.cf\");"
        + " kept verbatim\n");
    assertThat(imported.out()).doesNotContain("no Postfix main.cf heredoc default").contains("round-trip: 5/5 files"
        + " identical");
    Run clean = Run.in(repo, "check");
    assertThat(clean.exit()).as(clean.toString()).isZero();

    Path catalog = repo.resolve("stackgen.hcl");
    String edited = addStanza(Files.readString(catalog));
    Files.writeString(catalog, edited);
    Run fmt = Run.of("fmt", "--check", catalog.toString());
    assertThat(fmt.exit()).as("the edited catalog is canonical: " + fmt).isZero();

    Run generated = Run.in(repo, "generate");
    assertThat(generated.exit()).as(generated.toString()).isZero();
    assertThat(Files.readString(repo.resolve(OVERLAY_FILE)))
        .isEqualTo(Files.readString(SEED.resolve("post-change-variables.tf")));
    for (var e : before.entrySet()) {
      if (!e.getKey().equals(OVERLAY_FILE)) {
        assertThat(Files.readString(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(Run.in(repo, "check").exit()).isZero();
    Run effective = Run.in(repo, "postfix", "effective");
    assertThat(effective.out()).contains("\npostscreen_cache_map =\n");
  }
  private static Map<String, String> render(String resource) throws Exception {
    String text = Files.readString(Path.of("src/test/resources/postfix-seed", resource));
    return new Renderer(Templates.bundled())
        .render(CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", text))))
        .stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }

  @Test
  void addingThePostscreenStanzaChangesOnlyThatStanza() throws Exception {
    Map<String, String> before = render("before.hcl");
    Map<String, String> after = render("after.hcl");
    assertThat(after.keySet()).isEqualTo(before.keySet());
    String overlay = "stacks/mailserver/modules/mailserver/variables.tf";
    for (String path : before.keySet()) {
      if (!path.equals(overlay)) {
        assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
      }
    }
    List<String> a = before.get(overlay).lines().toList();
    List<String> b = after.get(overlay).lines().toList();
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + overlay, "b/" + overlay, a,
        DiffUtils.diff(a, b), 0);
    assertThat(diff.subList(2, diff.size())).containsExactly(
        "@@ -10,0 +10,5 @@",
        "+",
        "+# Disable the postscreen decision cache: the btree cache takes an exclusive",
        "+# lock and concurrent postscreen processes die with \"unable to get exclusive",
        "+# lock\". Per-session checks still apply; they are just not cached.",
        "+postscreen_cache_map =");
  }
}
