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
import org.junit.jupiter.api.Test;

/**
 * Replays the seed change (../shared/seed-postscreen-cache-change.txt) through the catalog: adding
 * the postscreen stanza changes the generated overlay by exactly that stanza and nothing else.
 */
class SeedReplayTest {
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
