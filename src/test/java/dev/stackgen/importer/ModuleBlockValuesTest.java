package dev.stackgen.importer;

import static dev.stackgen.importer.ImportText.ensureNewline;
import static dev.stackgen.importer.ImportText.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.Declared;
import dev.stackgen.catalog.ModuleBlocks;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrapper's module block is a model value built from main.tf's nodes (issue 22): on every module wrapper of
 * the fixtures and test repositories, in each of the four ways import writes the block, the call and how its
 * block is written equal what the catalog text import used to build reads back (source positions aside), and
 * the catalog writer prints that text (formatted) byte for byte. The old text is built here as import built it.
 */
class ModuleBlockValuesTest {
  private static final Pattern VAULT_DATA = Pattern.compile("data\\s+\"vault_kv_secret_v2\"\\s+");

  @TempDir
  Path temp;

  @Test
  void everyWrapperIsTheValueItsOldTextReadsBack() throws Exception {
    for (long seed = 1; seed <= 12; seed++) {
      RandomWrappersTest.writeRepo(seed, temp.resolve("random-" + seed));
    }
    Files.createDirectories(temp.resolve("cases/stacks"));
    for (var c : CASES.entrySet()) {
      Files.createDirectories(temp.resolve("cases/stacks/" + c.getKey()));
      Files.writeString(temp.resolve("cases/stacks/" + c.getKey() + "/main.tf"), c.getValue());
    }
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("stacks-fixtures"), Path.of("src/test/resources"), Path.of("examples"), temp)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.getFileName().toString().equals("main.tf") && p.getParent().getParent() != null
            && p.getParent().getParent().getFileName().toString().equals("stacks")).sorted().forEach(files::add);
      }
    }
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    int refused = 0;
    for (Path f : files) {
      String original = Files.readString(f);
      if (MainFileReader.wrapperShape(f.toString(), original) != null) {
        continue;
      }
      String text = ImportText.startsWithHeader(original) ? ImportText.stripHeader(original) : original;
      String name = f.getParent().getFileName().toString();
      Declarations others = Declarations.NONE;
      try (Stream<Path> siblings = Files.list(f.getParent())) {
        for (Path o : siblings.filter(p -> p.toString().endsWith(".tf") && !p.equals(f)).toList()) {
          try {
            others = others.plus(Declared.in(HclParser.parse(Files.readString(o), o.toString())));
          } catch (Exception e) {
            // not HCL: declares nothing
          }
        }
      }
      HclFile canonical = HclParser.parse(HclFormatter.format(text, f.toString()), f.toString());
      for (boolean asWritten : new boolean[] {false, true}) {
        for (boolean deriveNothing : new boolean[] {false, true}) {
          String old = oldBlock(text, f.toString(), others, asWritten, deriveNothing);
          String at = f + " asWritten=" + asWritten + " deriveNothing=" + deriveNothing + ": ";
          Stack oldStack = null;
          String oldReason = null;
          try {
            oldStack = StackBlocks.read(HclFormatter.format("stack " + quoted(name) + " {\ntier = \"apps\"\n\n" + old
                + "}\n"), Declarations.NONE).get(0);
          } catch (CatalogException e) {
            oldReason = e.reason();
          }
          ModuleBlocks.Read read = null;
          String newReason = null;
          try {
            read = ModuleBlocks.of(canonical).read(name, "apps", new ModuleBlocks.Written(asWritten, deriveNothing),
                elsewhere(canonical, others), unused(canonical), Declarations.NONE);
          } catch (CatalogException e) {
            newReason = e.reason();
          }
          if (oldReason != null || newReason != null) {
            refused++;
            // a reason naming where a name was first given names main.tf's line now, not the old text's
            if (!java.util.Objects.equals(firstAt(oldReason), firstAt(newReason))) {
              mismatches.add(at + "refused: " + oldReason + " / " + newReason);
            }
            continue;
          }
          compared++;
          String d = SameValue.difference(read.call(), oldStack.module().orElseThrow());
          if (d != null) {
            mismatches.add(at + "call " + d);
          }
          d = SameValue.difference(read.syntax(), oldStack.syntax().asRead().moduleSyntax().orElseThrow());
          if (d != null) {
            mismatches.add(at + "syntax " + d);
          }
          String header = String.join("", read.above().fromFirstComment().stream().map(l -> l + "\n").toList());
          if (!HclFormatter.format(old).equals(header + read.text())) {
            mismatches.add(at + "text\n" + HclFormatter.format(old) + "---\n" + header + read.text());
          }
        }
      }
    }
    assertThat(compared).as("module blocks compared").isGreaterThanOrEqualTo(400);
    assertThat(refused).as("module blocks refused alike").isGreaterThanOrEqualTo(CASES.size());
    assertThat(mismatches).isEmpty();
  }

  /**
   * Wrappers the fixtures lack: each refused by the catalog reader in some of the four ways (a data source
   * with a block inside, a variable declared twice, a local nobody declares, a variable with an attribute
   * the schema does not know, a module name that is no identifier, a vault label that is none, a block
   * the schema takes with one label too many) or read only with derivation off or on.
   */
  private static final Map<String, String> CASES = Map.of(
      "nested-data", "data \"vault_kv_secret_v2\" \"db\" {\n  mount = \"secret\"\n  lifecycle {}\n}\n\n"
          + "module \"app\" {\n  source = \"./app\"\n  pw     = data.vault_kv_secret_v2.db.data\n}\n",
      "twice", "variable \"a\" {}\nvariable \"a\" {}\n\nmodule \"app\" {\n  source = \"./app\"\n  a = var.a\n}\n",
      "undeclared-local", "module \"app\" {\n  source = \"./app\"\n  x      = local.nowhere\n}\n",
      "odd-variable",
      "variable \"a\" {\n  typo = string\n}\n\nmodule \"app\" {\n  source = \"./app\"\n  a = var.a\n}\n",
      "bad-name", "# top\n\nmodule \"my-app\" {\n  source = \"./app\"\n}\n",
      "bad-vault",
      "data \"vault_kv_secret_v2\" \"a-b\" {\n  name = \"x\"\n}\n\nmodule \"app\" {\n  source = \"./app\"\n}\n",
      "labels", "output \"a\" \"b\" {\n  value = 1\n}\n\nmodule \"app\" {\n  source = \"./app\"\n}\n",
      "derived", "/* a\n   block comment */\n\nmodule \"app\" { source = \"./app\" } # one line\n\n# the end\n",
      "undeclared", "module \"app\" {\n  source = \"./app\"\n  tier   = local.tiers.apps\n  v      = var.v\n"
          + "  s      = data.vault_kv_secret_v2.s.data\n}\n");

  private static String firstAt(String reason) {
    return reason == null ? null : reason.replaceAll("\\(first at [^)]*\\)", "(first at ...)");
  }

  /** What MainFileReader used to build as text for one of its four candidates. */
  private static String oldBlock(String text, String path, Declarations otherFiles, boolean asWritten,
      boolean deriveNothing) throws Exception {
    HclFile file = HclParser.parse(text, path);
    List<Node> nodes = file.body().nodes();
    int i = 0;
    StringBuilder header = new StringBuilder();
    int comments = 0;
    while (comments < nodes.size() && nodes.get(comments) instanceof Comment) {
      comments++;
    }
    if (comments > 0 && comments + 1 < nodes.size() && nodes.get(comments) instanceof BlankLine
        && !(nodes.get(comments + 1) instanceof BlankLine)) {
      for (; i < comments; i++) {
        header.append(ensureNewline(((Comment) nodes.get(i)).text()));
      }
      i++;
    }
    List<Node> pre = new ArrayList<>();
    List<Node> post = new ArrayList<>();
    StringBuilder arguments = new StringBuilder();
    Block call = null;
    for (; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (call != null) {
        post.add(n);
      } else if (n instanceof Block b && b.type().equals("module")) {
        call = b;
        for (Node m : b.body().nodes()) {
          arguments.append(b.oneLine() ? ensureNewline(m.print().strip()) : m.print());
        }
      } else {
        pre.add(n);
      }
    }
    int lastPost = lastBlock(post);
    List<String> footer = triviaLines(post.subList(lastPost + 1, post.size()));
    String after = lastPost < 0 ? "" : Name.AFTER_MODULE + " {\n" + catalogBlocks(post.subList(0, lastPost + 1))
        + "}\n";
    String label = call.labels().get(0).value();
    String callOpen = call.openComment().map(c -> " " + c.text()).orElse("");
    String callTrailing = call.trailingComment().map(c -> " " + c.text()).orElse("");
    int lastBlock = lastBlock(pre);
    List<String> beforeCall = triviaLines(pre.subList(lastBlock + 1, pre.size()));
    String beforeBlocks = catalogBlocks(pre.subList(0, lastBlock + 1));
    String blocks = beforeBlocks + (beforeBlocks.isEmpty() || after.isEmpty() ? "" : "\n") + after;
    String elsewhere = elsewhereBlock(file, otherFiles);
    String footerLines = footer.isEmpty() ? "" : Name.FOOTER + " = " + lines(footer) + "\n";
    boolean defaultBefore = asWritten ? beforeCall.isEmpty()
        : beforeCall.equals(List.of("")) || beforeCall.isEmpty() && lastBlock < 0;
    String before = defaultBefore ? "" : Name.BEFORE_MODULE + " = " + lines(beforeCall) + "\n";
    String layoutBody = (asWritten ? Name.BLANK_LINES + " = \"as_written\"\n" : "") + before + footerLines
        + (call.oneLine() ? Name.ONE_LINE_CALL + " = true\n" : "");
    String layout = layoutBody.isEmpty() ? "" : Name.LAYOUT + " {\n" + layoutBody + "}\n";
    String derive = !deriveNothing ? "" : Name.DERIVE + " {\n" + Name.VARIABLES + " = false\n" + Name.VAULT
        + " = false\n" + Name.SOURCE + " = false\n" + Name.TIER + " = false\n}\n";
    String settings = layout + derive + elsewhere;
    return header + Name.MODULE + " " + quoted(label) + " {" + callOpen + "\n" + settings
        + (settings.isEmpty() ? "" : "\n")
        + blocks + (blocks.isEmpty() ? "" : "\n") + arguments + "}" + callTrailing + "\n";
  }

  private static int lastBlock(List<Node> nodes) {
    int last = nodes.size() - 1;
    while (last >= 0 && (nodes.get(last) instanceof Comment || nodes.get(last) instanceof BlankLine)) {
      last--;
    }
    return last;
  }

  private static List<String> triviaLines(List<Node> nodes) {
    List<String> lines = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Comment c) {
        lines.addAll(c.text().lines().toList());
      } else {
        lines.add("");
      }
    }
    return lines;
  }

  private static String catalogBlocks(List<Node> nodes) {
    StringBuilder nested = new StringBuilder();
    for (Node n : nodes) {
      if (n instanceof Block b && b.type().equals("data")) {
        Matcher m = VAULT_DATA.matcher(n.print());
        nested.append(m.find() ? m.replaceFirst("vault ") : n.print());
      } else {
        nested.append(n.print());
      }
    }
    return nested.toString();
  }

  private static String lines(List<String> lines) {
    return "[" + String.join(", ", lines.stream().map(ImportText::quoted).toList()) + "]";
  }

  private static String elsewhereBlock(HclFile file, Declarations otherFiles) {
    Set<String> unused = unused(file);
    Declarations d = otherFiles.isEmpty() ? Declarations.NONE : elsewhere(file, otherFiles);
    StringBuilder b = new StringBuilder();
    list(b, Name.VARIABLES, d.variables());
    list(b, Name.LOCALS, d.locals());
    list(b, Name.VAULT, d.vault());
    list(b, Name.USED_VARIABLES, unused);
    return b.isEmpty() ? "" : Name.ELSEWHERE + " {\n" + b + "}\n";
  }

  private static void list(StringBuilder b, String name, Set<String> names) {
    if (!names.isEmpty()) {
      b.append(name).append(" = [").append(String.join(", ", new TreeSet<>(names).stream().map(ImportText::quoted)
          .toList())).append("]\n");
    }
  }

  private static Set<String> unused(HclFile file) {
    return MainFileReader.unusedVariables(file);
  }

  private static Declarations elsewhere(HclFile file, Declarations others) {
    return others.isEmpty() ? Declarations.NONE : MainFileReader.elsewhere(file, others);
  }
}
