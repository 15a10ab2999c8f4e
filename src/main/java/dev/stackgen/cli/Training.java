package dev.stackgen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The training run {@code bin/stackgen} records its class-data-sharing archive with: the everyday
 * commands ({@code generate}, a {@code generate} with nothing to do, {@code check} in text, diff and
 * JSON form, {@code check --staged} from the cache and rendering when git is installed,
 * {@code --prune}) on a small catalog that uses every rendering path, in a temporary folder, and a
 * short {@code stackgen lsp} session. Prints nothing unless a step fails; exits 0 on success.
 */
public final class Training {
  static final String CATALOG = """
      stackgen {
        header = true
      }

      root {
        # Apply tiers.
        tiers = {
          core = "0-core" # local state
          apps = "4-aux"
        }
        provider "kubernetes" {
          source      = "hashicorp/kubernetes"
          version     = "~> 2.35"
          config_path = "~/.kube/config"
        }
        provider "vault" {
          source  = "hashicorp/vault"
          version = "~> 4.5"
        }
        locals {
          domain = "lab.example.net"
        }
        terraform_version_constraint = ">= 1.6"
      }

      defaults {
        # Namespaces first.
        dependency "platform" {}
      }

      stack "db" {
        tier  = "core"
        state = "local"
      }

      stack "platform" {
        tier         = "apps"
        use_defaults = false
        dependency "db" {}
      }

      # The web app.
      stack "web" {
        tier = "apps"
        # Needs its database first.
        dependency "db" {
          mock_outputs = { host = "db" }
        }
        terraform {
          source = "git::https://git.example.net/modules.git//web?ref=v1.0.0"
        }
        inputs = {
          # Bump per deploy.
          image_tag = "v1.4.2"
          hostname  = "web.${local.domain}"
          replicas  = [for i in range(2) : i]
        }
        generate "extra" {
          path      = "extra_override.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOF
      provider "vault" {}
      EOF
        }
      }
      """;

  /**
   * Stacks of the second training catalog: enough that {@code check} renders and compares on all
   * processors (from 32 stacks and 64 files), so the archive also holds the classes of that path (the
   * parallel streams, the walk beside the compare) that every {@code check} of a real-size catalog loads.
   */
  static final int PARALLEL_STACKS = 64;

  /** A catalog of {@link #PARALLEL_STACKS} stacks, each but the first depending on the one before. */
  static String parallelCatalog() {
    StringBuilder b = new StringBuilder("root {\n  tiers = {\n    apps = \"4-aux\"\n  }\n}\n");
    for (int i = 0; i < PARALLEL_STACKS; i++) {
      b.append("\nstack \"s").append(i).append("\" {\n  tier = \"apps\"\n");
      if (i > 0) {
        b.append("  dependency \"s").append(i - 1).append("\" {}\n");
      }
      b.append("  inputs = {\n    name = \"s").append(i).append("\"\n  }\n}\n");
    }
    return b.toString();
  }

  private Training() {}

  public static void main(String[] args) throws IOException {
    Main.quietFreeMarker(); // as every run does: the archive holds the classes a run loads
    System.exit(train() == 0 ? 0 : 1);
  }

  /** Runs the training steps; returns how many did not end as expected. */
  static int train() throws IOException {
    Path dir = Files.createTempDirectory("stackgen-training-");
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
    int failures = 0;
    // The check cache of the training repository stays inside it (deleted with it), not in ~/.cache.
    String cacheDir = System.getProperty("stackgen.cacheDir");
    System.setProperty("stackgen.cacheDir", dir.resolve(".cache").toString());
    try {
      Files.writeString(dir.resolve("stackgen.hcl"), CATALOG);
      String repo = dir.toString();
      failures += run(1, nowhere, "check", "-C", repo, "--diff");
      failures += run(0, nowhere, "generate", "-C", repo);
      failures += run(0, nowhere, "check", "-C", repo);
      failures += run(0, nowhere, "generate", "-C", repo); // nothing to do: answered from the cache
      boolean git = git(dir, "init", "-q") && git(dir, "add", "-A");
      if (git) {
        failures += run(0, nowhere, "check", "-C", repo, "--staged"); // the pre-commit hook, from the cache
      }
      Path web = dir.resolve("stacks/web/terragrunt.hcl");
      Files.writeString(web, Files.readString(web).replace("v1.4.2", "v1.4.3").replace("\n", "\r\n"));
      Files.writeString(dir.resolve("stackgen.hcl"), CATALOG.replace("replicas", "count"));
      failures += run(1, nowhere, "check", "-C", repo, "--diff");
      failures += run(1, nowhere, "check", "-C", repo, "--format", "json");
      if (git) {
        failures += run(1, nowhere, "check", "-C", repo, "--staged"); // the hook when rendering
      }
      failures += run(0, nowhere, "generate", "-C", repo, "--prune", "--dry-run");
      failures += run(0, nowhere, "generate", "-C", repo, "--prune");
      failures += lsp(dir);
      failures += parallel(dir.resolve("parallel"), nowhere);
    } finally {
      if (cacheDir == null) {
        System.clearProperty("stackgen.cacheDir");
      } else {
        System.setProperty("stackgen.cacheDir", cacheDir);
      }
      deleteTree(dir);
    }
    return failures;
  }

  /**
   * {@code generate}, then {@code check} without the cache (as CI runs it), of a catalog large enough to
   * render and compare in parallel. Returns how many steps did not end as expected.
   */
  static int parallel(Path repo, PrintStream nowhere) throws IOException {
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("stackgen.hcl"), parallelCatalog());
    int failures = run(0, nowhere, "generate", "-C", repo.toString());
    String noCache = System.getProperty("stackgen.noCache");
    System.setProperty("stackgen.noCache", "true");
    try {
      failures += run(0, nowhere, new CheckCommand().name(), "-C", repo.toString());
    } finally {
      if (noCache == null) {
        System.clearProperty("stackgen.noCache");
      } else {
        System.setProperty("stackgen.noCache", noCache);
      }
    }
    return failures;
  }

  /**
   * A short editor session with {@code stackgen lsp} (its JSON-RPC, schema, analysis, completion, preview):
   * the language server's classes are most of its start-up. Returns 1 when a step fails.
   */
  static int lsp(Path dir) {
    try {
      java.io.PipedInputStream serverIn = new java.io.PipedInputStream(1 << 16);
      java.io.PipedOutputStream toServer = new java.io.PipedOutputStream(serverIn);
      java.io.PipedInputStream fromServer = new java.io.PipedInputStream(1 << 16);
      java.io.PipedOutputStream serverOut = new java.io.PipedOutputStream(fromServer);
      java.util.concurrent.CompletableFuture<Integer> served = new java.util.concurrent.CompletableFuture<>();
      Thread server = new Thread(() -> {
        try {
          served.complete(dev.stackgen.lsp.StackgenLanguageServer.serve(serverIn, serverOut));
        } catch (Throwable e) {
          served.completeExceptionally(e);
        } finally {
          try {
            serverOut.close();
          } catch (IOException e) {
            // closed anyway
          }
        }
      }, "stackgen-training-lsp");
      server.setDaemon(true);
      server.start();
      java.util.concurrent.BlockingQueue<String> messages = new java.util.concurrent.LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> readMessages(fromServer, messages), "stackgen-training-lsp-reader");
      reader.setDaemon(true);
      reader.start();
      String uri = dir.resolve("stackgen.hcl").toUri().toString();
      String doc = "{\"uri\":" + dev.stackgen.output.Json.string(uri) + "}";
      String at = ",\"position\":{\"line\":43,\"character\":2}";
      send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
      await(messages, "\"id\":1");
      send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
      send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":"
          + dev.stackgen.output.Json.string(uri) + ",\"languageId\":\"hcl\",\"version\":1,\"text\":"
          + dev.stackgen.output.Json.string(CATALOG) + "}}}");
      await(messages, "publishDiagnostics");
      String[] requests = {
          "textDocument/completion\",\"params\":{\"textDocument\":" + doc + at + "}",
          "textDocument/hover\",\"params\":{\"textDocument\":" + doc + ",\"position\":{\"line\":32,\"character\":3}}",
          "textDocument/definition\",\"params\":{\"textDocument\":" + doc
              + ",\"position\":{\"line\":45,\"character\":15}}",
          "textDocument/documentSymbol\",\"params\":{\"textDocument\":" + doc + "}",
          "textDocument/formatting\",\"params\":{\"textDocument\":" + doc + ",\"options\":{\"tabSize\":2,"
              + "\"insertSpaces\":true}}",
          "textDocument/codeLens\",\"params\":{\"textDocument\":" + doc + "}",
          "workspace/executeCommand\",\"params\":{\"command\":\"stackgen.preview\",\"arguments\":[\"web\","
              + dev.stackgen.output.Json.string(uri) + "]}"};
      for (int k = 0; k < requests.length; k++) {
        send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":" + (10 + k) + ",\"method\":\"" + requests[k] + "}");
        String answer = await(messages, "\"id\":" + (10 + k));
        if (answer.contains("\"error\"")) {
          throw new IOException(answer);
        }
      }
      send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{"
          + "\"uri\":" + dev.stackgen.output.Json.string(uri) + ",\"version\":2},\"contentChanges\":[{\"range\":"
          + "{\"start\":{\"line\":43,\"character\":6},\"end\":{\"line\":43,\"character\":6}},\"text\":\"r\"}]}}");
      await(messages, "tierr");
      send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
      await(messages, "\"id\":2");
      send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      int exit = served.get(30, java.util.concurrent.TimeUnit.SECONDS);
      toServer.close();
      if (exit != 0) {
        throw new IOException("stackgen lsp exited " + exit);
      }
      return 0;
    } catch (Exception e) {
      System.err.println("stackgen training: lsp session failed: " + e);
      return 1;
    }
  }

  private static void send(java.io.OutputStream out, String json) throws IOException {
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static String await(java.util.concurrent.BlockingQueue<String> messages, String marker) throws Exception {
    while (true) {
      String m = messages.poll(30, java.util.concurrent.TimeUnit.SECONDS);
      if (m == null) {
        throw new IOException("no message with " + marker);
      }
      if (m.contains(marker)) {
        return m;
      }
    }
  }

  private static void readMessages(java.io.InputStream in, java.util.concurrent.BlockingQueue<String> messages) {
    try {
      while (true) {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
          int c = in.read();
          if (c < 0) {
            return;
          }
          if (c == '\n') {
            String header = line.toString().trim();
            line.setLength(0);
            if (header.isEmpty()) {
              break;
            }
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
          } else {
            line.append((char) c);
          }
        }
        messages.add(new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // the server closed its output
    }
  }

  /** Runs git quietly in {@code dir}; false when git is missing or fails (the staged steps are skipped). */
  private static boolean git(Path dir, String... args) {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString()));
    command.addAll(java.util.List.of(args));
    return dev.stackgen.output.QuietProcess.succeeds(command);
  }

  private static int run(int expected, PrintStream out, String... args) {
    int exit = Main.run(args, System.in, out, out);
    if (exit != expected) {
      System.err.println("stackgen training: " + String.join(" ", args) + " exited " + exit + ", expected " + expected);
      return 1;
    }
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
