package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogAppenderTest {
  private static final String BLOCK = "stack \"x\" {\n  tier = \"aux\"\n}\n";

  @Test
  void appendsAfterOneBlankLineAndKeepsTheOldTextAsPrefix() throws Exception {
    assertThat(CatalogAppender.append("a {}\n", "s.hcl", BLOCK)).isEqualTo("a {}\n\n" + BLOCK);
    assertThat(CatalogAppender.append("a {}\n\n", "s.hcl", BLOCK)).isEqualTo("a {}\n\n" + BLOCK);
    assertThat(CatalogAppender.append("a {} # no newline", "s.hcl", BLOCK)).isEqualTo("a {} # no newline\n\n" + BLOCK);
    assertThat(CatalogAppender.append("", "s.hcl", BLOCK)).isEqualTo(BLOCK);
  }

  @Test
  void aCrlfFileGetsACrlfBlock() throws Exception {
    assertThat(CatalogAppender.append("a {}\r\n", "s.hcl", BLOCK))
        .isEqualTo("a {}\r\n\r\nstack \"x\" {\r\n  tier = \"aux\"\r\n}\r\n");
  }

  @Test
  void blockTextForEachKind() {
    assertThat(CatalogAppender.stackBlock("x", "aux", List.of(), null)).isEqualTo(BLOCK);
    assertThat(CatalogAppender.stackBlock("x", "aux", List.of("a", "b"), "x")).isEqualTo("""
        stack "x" {
          tier = "aux"

          dependency "a" {}
          dependency "b" {}

          module "x" {}
        }
        """);
    assertThatThrownBy(() -> CatalogAppender.stackBlock("../x", "aux", List.of(), null))
        .hasMessage("stack name must be a path of segments matching [A-Za-z0-9_][A-Za-z0-9._-]*: ../x");
  }

  @Test
  void targetIsTheFileWithMostStacksEarliestOnATie() throws Exception {
    CatalogReader.Source main = new CatalogReader.Source("stackgen.hcl", "root {}\nstack \"a\" {}\n");
    CatalogReader.Source one = new CatalogReader.Source("stackgen.d/a.hcl", "stack \"b\" {}\n");
    CatalogReader.Source two = new CatalogReader.Source("stackgen.d/b.hcl", "stack \"c\" {}\nstack \"d\" {}\n");
    assertThat(CatalogAppender.targetFile(List.of(main, one))).isEqualTo("stackgen.hcl");
    assertThat(CatalogAppender.targetFile(List.of(main, one, two))).isEqualTo("stackgen.d/b.hcl");
  }
}
