package dev.stackgen.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client in the test's JVM talking JSON-RPC to {@link StackgenLanguageServer#serve} over pipes:
 * every message goes through LSP4J's JSON serialisation both ways, as with an editor.
 */
final class LspSession implements AutoCloseable {
  final LanguageServer server;
  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> served;
  private final PipedOutputStream toServer;
  private int version = 1;

  LspSession() {
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      toServer = new PipedOutputStream(serverIn);
      PipedInputStream clientIn = new PipedInputStream(1 << 16);
      PipedOutputStream serverOut = new PipedOutputStream(clientIn);
      served = CompletableFuture.supplyAsync(() -> {
        try {
          return StackgenLanguageServer.serve(serverIn, serverOut);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        } finally {
          try {
            serverOut.close();
          } catch (IOException e) {
            // closing anyway
          }
        }
      });
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
      launcher.startListening();
      server = launcher.getRemoteProxy();
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      server.initialize(params).get(30, TimeUnit.SECONDS);
      server.initialized(new InitializedParams());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hcl", version++,
        text)));
  }

  /** Replaces {@code range} with {@code text}, as an incremental change. */
  void edit(String uri, Range range, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version++), List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  /** The next diagnostics published for {@code uri} (waiting up to 30 s). */
  PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      PublishDiagnosticsParams p = diagnostics.poll(100, TimeUnit.MILLISECONDS);
      if (p != null && p.getUri().equals(uri)) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri);
  }

  <T> T get(CompletableFuture<T> f) {
    try {
      return f.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Shuts the server down as a client does; the server's exit code. */
  int stop() {
    get(server.shutdown());
    server.exit();
    try {
      return served.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      toServer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}
  }
}
