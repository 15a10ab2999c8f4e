package dev.stackgen.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.stackgen.cli.Main;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.testing.ChildJvm;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stackgen lsp} in its own JVM, driven by a real LSP client: tools/lsp-client, on Microsoft's
 * vscode-jsonrpc (the JSON-RPC layer of VS Code's language client). It types a misspelled attribute into
 * a copy of the homelab catalog, asks for completion, a definition, formatting, a preview and the code
 * lenses; this test checks the answers against the schema, the formatter and what generate writes.
 * Skips when node or the client's node_modules is absent (CI installs it: npm ci --prefix tools/lsp-client).
 */
class StackgenLspClientTest {
  @TempDir
  Path dir;

  @Test
  void aRealClientGetsDiagnosticsCompletionDefinitionFormattingAndPreview() throws Exception {
    Path client = Fixtures.repoRoot().resolve("tools/lsp-client");
    Tools.require(Tools.onPath("node"), "node is not on PATH (the LSP client test needs it)");
    Tools.require(Files.isRegularFile(client.resolve("node_modules/vscode-jsonrpc/package.json")),
        "LSP client unavailable: " + client.resolve("node_modules/vscode-jsonrpc") + " missing; run"
            + " npm ci --prefix tools/lsp-client");
    Path homelab = Fixtures.repoRoot().resolve("stacks-fixtures/homelab");
    Path repo = Fixtures.copyTree(homelab, dir.resolve("repo"));
    String original = Files.readString(repo.resolve("stackgen.hcl"));

    List<String> command = new ArrayList<>(List.of("node", client.resolve("client.mjs").toString(), "scenario",
        repo.resolve("stackgen.hcl").toString(), "--"));
    command.addAll(ChildJvm.stackgen("lsp"));
    Tools.Proc proc = Tools.run(dir, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
        "HOME", dir.toString(), "LC_ALL", "C.UTF-8"), command);
    assertThat(proc.exit()).as(proc.out()).isZero();
    String json = proc.out().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
    JsonObject out = JsonParser.parseString(json).getAsJsonObject();
    assertThat(out.get("exitCode").getAsInt()).isZero();

    // the misspelled attribute: an error at "tierr" with the suggestion, and a quick fix that applies it
    JsonObject typo = out.getAsJsonObject("typo");
    int line = typo.getAsJsonObject("position").get("line").getAsInt();
    JsonObject error = null;
    for (JsonElement d : typo.getAsJsonArray("diagnostics")) {
      if (d.getAsJsonObject().get("severity").getAsInt() == 1) {
        error = d.getAsJsonObject();
      }
    }
    assertThat(error).as(typo.toString()).isNotNull();
    assertThat(error.get("message").getAsString()).contains("\"tierr\"").contains("did you mean \"tier\"?");
    assertThat(error.getAsJsonObject("range").toString())
        .isEqualTo(range(line, 2, line, 7));
    JsonObject fix = typo.getAsJsonArray("actions").get(0).getAsJsonObject();
    assertThat(fix.get("kind").getAsString()).isEqualTo("quickfix");
    assertThat(fix.toString()).contains("\"newText\":\"tier\"");
    for (JsonElement d : out.getAsJsonArray("fixedDiagnostics")) {
      assertThat(d.getAsJsonObject().get("severity").getAsInt()).as(d.toString()).isNotEqualTo(1);
    }

    // completion in a stack block: the schema's names for a stack
    List<String> labels = new ArrayList<>();
    out.getAsJsonArray("completion").forEach(e -> labels.add(e.getAsString()));
    List<String> expected = new ArrayList<>(Features.attrsOf(Features.schemaOf(List.of("stack"))).keySet());
    expected.addAll(Features.blocksOf(Features.schemaOf(List.of("stack"))).keySet());
    assertThat(labels).containsExactlyInAnyOrderElementsOf(expected).contains("tier", "dependency", "inputs");

    // definition of a dependency label: the stack block's label
    JsonObject stack = out.getAsJsonObject("stackLabel");
    JsonObject def = out.getAsJsonObject("definition").getAsJsonArray("result").get(0).getAsJsonObject();
    assertThat(def.get("uri").getAsString()).endsWith("/repo/stackgen.hcl");
    int stackLine = stack.get("line").getAsInt();
    int stackChar = stack.get("character").getAsInt();
    assertThat(def.getAsJsonObject("range").toString())
        .isEqualTo(range(stackLine, stackChar, stackLine, stackChar + "mailserver".length()));

    // formatting: one edit whose text is the canonical formatter's
    String text = out.get("text").getAsString();
    assertThat(text).isEqualTo(original);
    assertThat(out.getAsJsonArray("formatting").get(0).getAsJsonObject().get("newText").getAsString())
        .isEqualTo(HclFormatter.format(original)).isNotEqualTo(original);

    // preview: exactly the files generate writes for the stack (generate run in process on the copy)
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    var preview = out.getAsJsonArray("preview");
    Path fresh = Fixtures.copyTree(homelab, dir.resolve("generated"));
    for (JsonElement f : preview) {
      Files.delete(fresh.resolve(f.getAsJsonObject().get("path").getAsString())); // generate must write it again
    }
    assertThat(Main.run(new String[] {"-C", fresh.toString(), "generate", "--stack", "mailserver"}, quiet, quiet))
        .as(sink.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(preview.size()).isGreaterThanOrEqualTo(2);
    for (JsonElement f : preview) {
      String path = f.getAsJsonObject().get("path").getAsString();
      assertThat(f.getAsJsonObject().get("content").getAsString()).as(path)
          .isEqualTo(Files.readString(fresh.resolve(path)));
    }
    // and its lens says how many
    assertThat(out.getAsJsonArray("codeLens").toString()).contains("\"title\":\"" + preview.size() + " files\"");
    assertThat(out.getAsJsonObject("hover").toString()).contains("tier-0 bootstrap stack");
  }

  private static String range(int l1, int c1, int l2, int c2) {
    return "{\"start\":{\"line\":" + l1 + ",\"character\":" + c1 + "},\"end\":{\"line\":" + l2 + ",\"character\":"
        + c2 + "}}";
  }
}
