package dev.stackgen.lsp;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.GraphCheck;
import dev.stackgen.graph.GraphError;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Warning;
import dev.stackgen.postfix.CatalogLint;
import dev.stackgen.postfix.Finding;
import dev.stackgen.postfix.OverlayCheck;
import dev.stackgen.postfix.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything {@code stackgen check} would say about a repository's catalog, with the editor's unsaved
 * text in place of the files on disk: syntax errors (of every file), the first schema or model error
 * (what the reader stops at), warnings, every graph error (unknown stacks, cycles, the tier-0 rule) and
 * every Postfix lint finding, each at a catalog position.
 */
final class Analysis {
  /** One problem: the catalog file (relative name), 1-based line and column, severity, message, and a did-you-mean. */
  record Problem(String file, int line, int column, Kind severity, String message, String suggestion,
      boolean wholeLine) {}

  /** Severities, as LSP numbers them. */
  enum Kind {
    ERROR, WARNING, INFO
  }

  /** The result: the catalog files read (name → text), their problems, and the catalog when it is valid. */
  record Result(Path repo, Map<String, String> texts, List<Problem> problems, Catalog catalog) {}

  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean \"([^\"]+)\"\\?");

  private Analysis() {}

  /** The catalog file names of {@code repo} (on disk, plus open drop-in files not saved yet), main file first. */
  static List<String> files(Path repo, Map<String, String> open) throws IOException {
    List<String> names = new ArrayList<>(CatalogReader.catalogFiles(repo));
    for (String name : open.keySet()) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    List<String> dropIns = new ArrayList<>(names.subList(1, names.size()));
    dropIns.sort(null);
    List<String> out = new ArrayList<>();
    out.add(names.get(0));
    out.addAll(dropIns);
    return out;
  }

  /** Analyses {@code repo} with {@code open} (file name relative to the repository → editor text) over the disk. */
  static Result run(Path repo, Map<String, String> open) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : files(repo, open)) {
      String text = open.get(name);
      if (text == null) {
        Path file = repo.resolve(name);
        if (!Files.isRegularFile(file)) {
          continue;
        }
        try {
          text = CatalogReader.decode(name, Files.readAllBytes(file));
        } catch (CatalogException e) {
          problems.add(problem(e.source(), Kind.ERROR, e.reason()));
          continue;
        }
      }
      texts.put(name, text);
    }
    if (!texts.containsKey(CatalogReader.MAIN_FILE)) {
      return new Result(repo, texts, problems, null);
    }
    // syntax errors of every file, not only the first one's
    for (var e : texts.entrySet()) {
      try {
        HclParser.parse(e.getValue(), e.getKey());
      } catch (HclSyntaxException x) {
        problems.add(new Problem(x.fileName(), x.line(), x.column(), Kind.ERROR, x.reason(), null, false));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(repo, texts, problems, null);
    }
    List<CatalogReader.Source> sources = new ArrayList<>();
    texts.forEach((name, text) -> sources.add(new CatalogReader.Source(name, text)));
    Catalog catalog;
    try {
      catalog = CatalogReader.parse(sources, Set.of("graph", OverlayCheck.KIND));
    } catch (CatalogException e) {
      problems.add(problem(e.source(), Kind.ERROR, e.reason()));
      return new Result(repo, texts, problems, null);
    } catch (HclSyntaxException e) {
      problems.add(new Problem(e.fileName(), e.line(), e.column(), Kind.ERROR, e.reason(), null, false));
      return new Result(repo, texts, problems, null);
    }
    for (Warning w : catalog.warnings()) {
      problems.add(problem(w.source(), Kind.WARNING, w.message()));
    }
    boolean valid = true;
    for (GraphError g : GraphCheck.graph(catalog).validate()) {
      problems.add(new Problem(g.file(), g.line(), g.column(), Kind.ERROR, g.message(), null, false));
      valid = false;
    }
    for (Finding f : CatalogLint.lint(catalog)) {
      Kind kind = f.severity() == Severity.ERROR ? Kind.ERROR : f.severity() == Severity.WARNING ? Kind.WARNING
          : Kind.INFO;
      valid &= kind != Kind.ERROR;
      problems.add(new Problem(f.file(), Math.max(1, f.line()), 1, kind,
          "postfix overlay: [" + f.ruleId() + "] " + f.message(), null, true));
    }
    return new Result(repo, texts, problems, valid ? catalog : null);
  }

  private static Problem problem(SourceRef at, Kind kind, String message) {
    Matcher m = DID_YOU_MEAN.matcher(message);
    String suggestion = m.find() ? m.group(1) : null;
    String file = at == SourceRef.NONE ? CatalogReader.MAIN_FILE : at.file();
    return new Problem(file, Math.max(1, at.line()), Math.max(1, at.column()), kind, message, suggestion, false);
  }
}
