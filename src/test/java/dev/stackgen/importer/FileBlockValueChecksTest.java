package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The overlay file reader decides on a file block's value (issue 22): {@link StackBlocks#withFiles} accepts what
 * reading the block's printed text accepts, as the same value, and refuses what it refuses with the same reason.
 */
class FileBlockValueChecksTest {
  @Test
  void aFileBlockValueIsRefusedForTheReasonItsTextIsRefused() throws Exception {
    Map<String, StackFile> cases = new LinkedHashMap<>();
    cases.put("taken", file("extra.tf", verbatim("variable \"x\" {\n  type = string\n}"), verbatim(
        "resource \"a\" \"b\" {}"), verbatim("terraform {}")));
    cases.put("taken with an overlay", file("postfix.tf", overlay(0, "smtpd_banner = hi"), verbatim(
        "output \"o\" {\n  value = 1\n}")));
    cases.put("main.tf", file("main.tf", verbatim("variable \"x\" {}")));
    cases.put("up", file("../up.tf", verbatim("variable \"x\" {}")));
    cases.put("not .tf", file("x.txt", verbatim("variable \"x\" {}")));
    cases.put("empty", file("extra.tf"));
    cases.put("one label short", file("extra.tf", verbatim("resource \"a\" {}")));
    cases.put("one label too many", file("extra.tf", verbatim("output \"a\" \"b\" {}")));
    cases.put("unknown block", file("extra.tf", verbatim("bogus {}")));
    cases.put("attribute", file("extra.tf", verbatim("x = 1")));
    cases.put("no line at the margin", file("postfix.tf", overlay(4, "  smtpd_banner = hi")));
    int refused = 0;
    for (var c : cases.entrySet()) {
      String text = HclFormatter.format("stack \"web\" {\ntier = \"apps\"\n" + CatalogWriter.fileBlock(c.getValue())
          + "}\n");
      Stack byText = null;
      String textReason = null;
      try {
        byText = StackBlocks.read(text, Declarations.NONE).get(0);
      } catch (CatalogException e) {
        textReason = e.reason();
      }
      Stack byValue = null;
      String valueReason = null;
      try {
        byValue = StackBlocks.withFiles("web", "apps", List.of(c.getValue()), Declarations.NONE);
      } catch (CatalogException e) {
        valueReason = e.reason();
      }
      assertThat(valueReason).as(c.getKey() + "\n" + text).isEqualTo(textReason);
      if (byText != null) {
        assertThat(SameValue.difference(byValue.files(), byText.files())).as(c.getKey()).isNull();
        assertThat(SameValue.difference(byValue.overlays(), byText.overlays())).as(c.getKey()).isNull();
      } else {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(cases.size() - 2);
  }

  private static StackFile file(String path, StackFile.Item... items) {
    return new StackFile(path, List.of(items), Trivia.NONE, SourceRef.NONE);
  }

  private static StackFile.Item verbatim(String text) {
    return new StackFile.Item(new Verbatim(text, new Trivia(List.of("")), SourceRef.NONE), null);
  }

  private static StackFile.Item overlay(int indent, String line) {
    return new StackFile.Item(null, new PostfixOverlay("postfix_cf", "postfix.tf", PostfixOverlay.DEFAULT_PROFILE,
        List.of(PostfixOverlay.Entry.line(line, SourceRef.NONE)), new Trivia(List.of("")), SourceRef.NONE, indent));
  }
}
