package dev.stackgen.cli;

import dev.stackgen.lsp.StackgenLanguageServer;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code stackgen lsp}: the language server for catalog files, over standard input and output (docs/lsp.md). */
final class LspCommand implements Command {
  @Override
  public String name() {
    return "lsp";
  }

  @Override
  public String summary() {
    return "language server for stackgen.hcl over stdio: diagnostics, completion, hover, preview (for editors)";
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine line, Context ctx) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    // --templates DIR: previews render with it (the catalog's own setting otherwise, per repository)
    String templates = line.getOptionValue("templates");
    return StackgenLanguageServer.serve(ctx.in(), ctx.out(),
        templates == null ? null : ctx.start().resolve(templates));
  }
}
