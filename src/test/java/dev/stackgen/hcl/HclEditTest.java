package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class HclEditTest {
  private static final String TEXT = """
      # settings
      stackgen {
        header = false # keep
      }

      stack "a" { tier = "aux" }
      """;

  @Test
  void anAttributeValueIsReplacedAndEveryOtherByteStays() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    Block settings = edit.block("stackgen").orElseThrow();
    assertThat(edit.setAttribute(settings, "header", "true").text()).isEqualTo(TEXT.replace("false", "true"));
  }

  @Test
  void aNewAttributeGoesLastAndTheBlockIsAligned() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    assertThat(edit.setAttribute(edit.block("stackgen").orElseThrow(), "root_file", "\"root.hcl\"").text())
        .isEqualTo("""
            # settings
            stackgen {
              header    = false # keep
              root_file = "root.hcl"
            }

            stack "a" { tier = "aux" }
            """);
  }

  @Test
  void aOneLineBlockIsOpenedOntoLines() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    assertThat(edit.setAttribute(edit.block("stack").orElseThrow(), "state", "\"local\"").text())
        .endsWith("""
            stack "a" {
              tier  = "aux"
              state = "local"
            }
            """);
  }

  @Test
  void crlfFilesKeepCrlfInWhatIsInserted() throws Exception {
    String crlf = TEXT.replace("\n", "\r\n");
    HclEdit edit = HclEdit.of(crlf, "s.hcl");
    String edited = edit.setAttribute(edit.block("stackgen").orElseThrow(), "root_file", "\"r.hcl\"")
        .appendBlock("x {}\n").text();
    assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
    assertThat(edited).startsWith("# settings\r\nstackgen {\r\n").endsWith("\r\n\r\nx {}\r\n");
  }

  @Test
  void insertionsGoAtTheStartOfANodesLine() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    Node stack = edit.file().body().nodes().stream().filter(n -> n instanceof Block b && b.type().equals("stack"))
        .findFirst().orElseThrow();
    assertThat(edit.insertBefore(stack, "x = 1\n").insertAt(0, "y = 2\n").text())
        .isEqualTo("y = 2\n" + TEXT.replace("stack \"a\"", "x = 1\nstack \"a\""));
  }

  @Test
  void tokenRangesAreReplacedAndTheOriginalEditIsUnchanged() throws Exception {
    HclEdit edit = HclEdit.of("a = f(\"old\") # c\n", "s.hcl");
    List<Token> lit = HclLexer.lex("a = f(\"old\") # c\n", "s.hcl").stream()
        .filter(t -> t.type() == TokenType.OQUOTE || t.type() == TokenType.CQUOTE).toList();
    HclEdit changed = edit.replace(lit.get(0), lit.get(1), "\"new\"");
    assertThat(changed.text()).isEqualTo("a = f(\"new\") # c\n");
    assertThat(edit.text()).isEqualTo("a = f(\"old\") # c\n");
  }

  @Test
  void overlappingEditsAreRefused() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    Block settings = edit.block("stackgen").orElseThrow();
    HclEdit once = edit.setAttribute(settings, "header", "true");
    assertThatThrownBy(() -> once.setAttribute(settings, "root_file", "\"r\""))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("edits overlap");
    HclEdit inserted = edit.insertAt(3, "x");
    assertThatThrownBy(() -> inserted.insertAt(3, "y")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEditThatBreaksTheFileIsRefusedAtItsLine() throws Exception {
    HclEdit edit = HclEdit.of(TEXT, "s.hcl");
    assertThatThrownBy(() -> edit.setAttribute(edit.block("stackgen").orElseThrow(), "header", "= 1").text())
        .isInstanceOf(HclSyntaxException.class).hasMessageStartingWith("s.hcl:3:");
  }

  @Test
  void appendingKeepsTheTextAsPrefix() throws Exception {
    for (String text : List.of("", "\n", "a = 1", "a = 1\n", "a = 1\n\n", "# only a comment")) {
      String edited = HclEdit.of(text, "s.hcl").appendBlock("b {}\n").text();
      assertThat(edited).startsWith(text).endsWith("b {}\n");
      assertThat(edited.substring(text.length())).matches("\\n{0,2}b \\{}\\n");
    }
  }

  /** On every canonical fixture catalog, setting each block attribute to its own value changes no byte. */
  @TestFactory
  Stream<DynamicTest> settingAnAttributeToItsOwnValueChangesNothing() throws IOException {
    List<Path> catalogs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("stacks-fixtures"))) {
      files.filter(p -> p.getFileName().toString().equals("stackgen.hcl")).sorted().forEach(catalogs::add);
    }
    assertThat(catalogs).hasSize(11);
    return catalogs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
      String text = Files.readString(p);
      HclEdit edit = HclEdit.of(text, p.toString());
      int blocks = 0;
      for (Node n : edit.file().body().nodes()) {
        if (n instanceof Block b && !b.oneLine()) {
          for (Node item : b.body().nodes()) {
            if (item instanceof Attribute a && !a.expression().tokens().isEmpty()) {
              String value = Tokens.print(a.expression().tokens()).strip();
              if (HclFormatter.isCanonical(b.print() + "\n") && !value.contains("\n")) {
                assertThat(edit.setAttribute(b, a.name(), value).text()).as(b.type() + " " + a.name())
                    .isEqualTo(text);
                blocks++;
              }
              break;
            }
          }
        }
      }
      assertThat(blocks).as("blocks tried in " + p).isPositive();
    }));
  }
}
