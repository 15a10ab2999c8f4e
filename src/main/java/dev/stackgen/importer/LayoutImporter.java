package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.Declared;
import dev.stackgen.catalog.TerragruntSchema;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Names;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackConfig;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Import of the layouts beyond {@code stacks/<name>}: a nested live repository (units at any depth,
 * {@code root.hcl} or a root {@code terragrunt.hcl}, hierarchy files and {@code _envcommon} includes) and
 * Terragrunt Stacks ({@code terragrunt.stack.hcl}). Every unit becomes {@code stack "<path>"} in the exact
 * layout, every other {@code .hcl} file a {@code shared "<path>"} block, every stack file a
 * {@code stack_file "<dir>"} block, the root a custom root; each file is taken over only when the catalog
 * regenerates it byte for byte, and every file left alone gets the exact reason. Reads only.
 */
public final class LayoutImporter {
  /** Tier every imported unit gets: nested repositories state no tiers. */
  public static final String TIER = "default";

  private final Path repo;
  private final Renderer renderer;

  public LayoutImporter(Path repo, Renderer renderer) {
    this.repo = repo;
    this.renderer = renderer;
  }

  /**
   * True when the repository is of a layout only this importer reads: a {@code root.hcl} (or, without a
   * root {@code terragrunt.hcl}, another top-level {@code .hcl} file), a {@code terragrunt.stack.hcl}, or
   * a unit deeper than {@code <stacks_dir>/<name>/terragrunt.hcl}.
   */
  public static boolean applies(Path repo, String stacksDir) throws IOException {
    return LayoutFiles.applies(repo, stacksDir);
  }

  /** Reads the repository and builds the catalog; the round trip is computed in memory. */
  public CatalogImporter.Result run() throws IOException, CatalogException, HclSyntaxException {
    List<String> links = new ArrayList<>();
    List<String> all = LayoutFiles.files(repo, links);
    String rootFile = LayoutFiles.rootFileOf(repo, all);
    // Why the catalog owns no root (layout = "none": the root file stays hand-kept, generate never writes
    // it), or null while the root is held exactly.
    String rootReason = null;
    if (rootFile == null) {
      rootReason = "no root file at the top of the repository";
      rootFile = LayoutFiles.rootNameOf(repo, all);
    }
    Map<String, String> originals = new LinkedHashMap<>();
    Map<String, Integer> starts = new TreeMap<>();
    Set<String> noNewline = new TreeSet<>();
    Map<String, String> leftAlone = new TreeMap<>();
    for (String link : links) {
      // git stores a link with its target: reading through it would own (and rewrite) what it points to
      leftAlone.put(link, "a symbolic link to " + Files.readSymbolicLink(repo.resolve(link)).toString().replace('\\',
          '/') + " (git stores the link, not what it points to; stackgen leaves links as they are)");
    }
    dev.stackgen.catalog.InsideRepo inside = new dev.stackgen.catalog.InsideRepo(repo);
    for (String f : all) {
      if (f.endsWith(".hcl") && !f.equals(CatalogReader.MAIN_FILE)) {
        String text;
        try {
          byte[] bytes = inside.read(f);
          if (bytes == null) {
            continue; // gone since the listing
          }
          text = CatalogReader.decode(f, bytes);
        } catch (CatalogException e) {
          if (f.equals(rootFile)) {
            rootReason = "not UTF-8: " + e.getMessage();
          }
          leftAlone.put(f, "not UTF-8: " + e.getMessage());
          continue;
        }
        int blank = ImportText.leadingBlankLineCount(text);
        if (blank > 0) {
          starts.put(f, blank); // the readers see the file from its first line on
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
          noNewline.add(f); // terraform fmt keeps a file without its final newline
        }
        originals.put(f, text.substring(blank));
      } else if (!f.equals(CatalogReader.MAIN_FILE)) {
        leftAlone.put(f, f.endsWith(".tf") ? "Terraform code of a unit (stackgen owns the Terragrunt files here)"
            : "not a Terragrunt .hcl file");
      }
    }
    long withHeader = originals.values().stream().filter(ImportText::startsWithHeader).count();
    boolean header = withHeader == originals.size() && withHeader > 0;
    String headerNote = header ? "every taken-over file carries the generated header: header = true"
        : withHeader == 0 ? "no taken-over file carries the generated header: header = false"
        : withHeader + " of " + originals.size() + " files carry the generated header: header = false, the"
            + " header line is kept as a comment in those files";

    String rootText = originals.get(rootFile);
    if (rootText != null && rootText.indexOf('\r') >= 0) {
      rootReason = CatalogImporter.ROOT_CRLF;
    } else if (rootText != null) {
      rootReason = parseReason(rootFile, rootText);
    }
    List<LayoutCandidate> candidates = new ArrayList<>();
    for (var e : originals.entrySet()) {
      String f = e.getKey();
      if (f.equals(rootFile)) {
        continue;
      }
      String text = header ? ImportText.stripHeader(e.getValue()) : e.getValue();
      HclFile file; // parsed once: the candidate's block, its value and its unknown names all read these nodes
      try {
        file = HclParser.parse(text, f);
      } catch (HclSyntaxException ex) {
        leftAlone.put(f, NOT_HCL + ex.getMessage());
        continue;
      }
      if (text.indexOf('\r') >= 0) {
        leftAlone.put(f, CatalogImporter.CRLF);
        continue;
      }
      String name = f.substring(f.lastIndexOf('/') + 1);
      String dir = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "";
      if (name.equals("terragrunt.hcl") || name.equals(StackConfig.FILE)) {
        String kind = name.equals("terragrunt.hcl") ? LayoutCandidate.UNIT : LayoutCandidate.STACK_FILE;
        if (dir.isEmpty() || !Names.isStackPath(dir)) {
          leftAlone.put(f, "folder \"" + dir + "\" is not a unit path (segments of letters, digits, '.',"
              + " '_' and '-', none starting with '.' or '-')");
          continue;
        }
        candidates.add(kind.equals(LayoutCandidate.UNIT) ? LayoutCandidate.unit(f, file)
            : LayoutCandidate.stackFile(f, file));
      } else if (name.equals("terragrunt.values.hcl")) {
        leftAlone.put(f, "written by terragrunt stack generate (values of a generated unit)");
      } else if (!SharedFile.isSharedPath(f)) {
        leftAlone.put(f, "path is not a shared file path (segments of letters, digits, '.', '_' and '-')");
      } else {
        candidates.add(LayoutCandidate.shared(f, file));
      }
    }
    // Files whose paths differ only in case (App/terragrunt.hcl, app/terragrunt.hcl): git keeps both, but on
    // macOS and Windows they are one file, and the catalog refuses such a pair. Every file of the pair stays.
    Map<String, List<String>> byFoldedPath = new TreeMap<>();
    for (String f : originals.keySet()) {
      byFoldedPath.computeIfAbsent(f.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(f);
    }
    for (List<String> same : byFoldedPath.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (String f : same) {
        List<String> others = same.stream().filter(o -> !o.equals(f)).toList();
        String reason = "its path differs only in case from " + String.join(", ", others) + " (git keeps both; on"
            + " macOS and Windows they are one file, so the catalog cannot own them): left as it is";
        if (candidates.removeIf(c -> c.path().equals(f))) {
          leftAlone.put(f, reason);
        } else if (!f.equals(rootFile)) {
          leftAlone.putIfAbsent(f, reason);
        } else if (rootReason == null) {
          rootReason = reason;
        }
      }
    }
    // Names of Terragrunt newer than stackgen's schema are carried verbatim: allow_terragrunt lists them.
    Map<String, Set<String>> unknown = new LinkedHashMap<>();
    for (LayoutCandidate c : candidates) {
      if (!c.kind().equals(LayoutCandidate.STACK_FILE)) {
        unknown.put(c.path(), TerragruntSchema.unknownNames(c.file().body().nodes()));
      }
    }
    HclFile rootHcl = rootReason != null ? null : HclParser.parse(header ? ImportText.stripHeader(rootText)
        : rootText, rootFile);
    Set<String> rootUnknown = rootHcl == null ? Set.of() : TerragruntSchema.unknownNames(rootHcl.body().nodes());
    // layout = "exact": the root file is its items as written (its backend, its state keying, its generate
    // blocks), never stackgen's default root. layout = "none": the catalog owns no root file at all.
    // The root block is checked as the catalog reads it, on the file's nodes (its own unknown names allowed).
    Root handKeptRoot = RootFileReader.sharedTier(TIER, null, Set.of(), RootFileReader.Want.VALUE);
    Root root = handKeptRoot;
    if (rootHcl != null) {
      try {
        root = RootFileReader.sharedTier(TIER, rootHcl, rootUnknown, RootFileReader.Want.VALUE);
      } catch (CatalogException e) {
        rootReason = "the catalog root cannot hold it: " + ImportedCatalog.what(e);
        rootUnknown = Set.of();
      }
    }

    // Drop candidates until the catalog reads and every remaining file regenerates byte for byte; the text
    // written is the one whose round trip was checked last (every round either ends or drops a candidate).
    String text;
    Map<String, String> rendered = new LinkedHashMap<>();
    Set<String> allowed = new TreeSet<>();
    while (true) {
      Set<String> owned = new java.util.HashSet<>();
      if (rootReason == null) {
        owned.add(rootFile);
      }
      candidates.forEach(c -> owned.add(c.path()));
      Map<String, Integer> taken = new TreeMap<>(starts);
      taken.keySet().retainAll(owned);
      List<String> ending = noNewline.stream().filter(owned::contains).toList();
      allowed.clear();
      allowed.addAll(rootUnknown);
      candidates.forEach(c -> allowed.addAll(unknown.getOrDefault(c.path(), Set.of())));
      // the settings and the root are model values printed by the catalog writer
      Settings settings = new Settings(".", header, rootFile, "", taken, new TreeSet<>(ending), allowed);
      Map<String, CandidateBlock> blocks = new LinkedHashMap<>();
      Declarations declared = root == handKeptRoot || rootHcl == null ? Declarations.NONE
          : Declared.byGenerateBlocks(rootHcl, rootHcl.body().nodes());
      candidates.forEach(c -> blocks.put(c.path(), c.block(declared, allowed)));
      ImportedCatalog pieces = new ImportedCatalog(settings, root, declared, blocks);
      Catalog catalog;
      try {
        // with the reference checks, as every later command reads it
        catalog = pieces.check(repo, Set.of());
      } catch (CatalogException e) {
        // the candidate whose block the error is in, by the name it was checked under
        int at = -1;
        for (int k = 0; k < candidates.size(); k++) {
          if (candidates.get(k).path().equals(e.source().file())) {
            at = k;
          }
        }
        String what = ImportedCatalog.what(e);
        if (at < 0 && rootReason == null) {
          rootReason = "the catalog root cannot hold it: " + what;
          root = handKeptRoot;
          rootUnknown = Set.of();
          continue;
        }
        if (at < 0) {
          throw new CatalogException(new SourceRef(CatalogReader.MAIN_FILE, 1, 1),
              "the imported catalog does not read back (nothing written): " + what);
        }
        LayoutCandidate c = candidates.remove(at);
        leftAlone.put(c.path(), "a " + c.kind() + " block cannot hold it: " + what);
        continue;
      }
      text = pieces.written(repo, Set.of(), catalog);
      rendered.clear();
      try {
        for (GeneratedFile f : renderer.render(catalog)) {
          rendered.put(f.path(), f.content());
        }
      } catch (RenderException e) {
        throw new CatalogException(new SourceRef(rootFile, 1, 1), "the imported catalog does not render (nothing"
            + " written): " + e.getMessage());
      }
      if (rootReason == null) {
        String rootWant = wanted(rootFile, originals, starts);
        if (!rootWant.equals(rendered.get(rootFile))) {
          rootReason = "the catalog does not regenerate it byte for byte (first difference at line "
              + firstDifference(rootWant, rendered.getOrDefault(rootFile, "")) + ")";
          root = handKeptRoot;
          rootUnknown = Set.of();
          continue;
        }
      }
      List<LayoutCandidate> differing = new ArrayList<>();
      for (LayoutCandidate c : candidates) {
        if (!wanted(c.path(), originals, starts).equals(rendered.get(c.path()))) {
          differing.add(c);
        }
      }
      if (differing.isEmpty()) {
        break;
      }
      for (LayoutCandidate c : differing) {
        candidates.remove(c);
        leftAlone.put(c.path(), "a " + c.kind() + " block does not regenerate it byte for byte (first difference at"
            + " line " + firstDifference(wanted(c.path(), originals, starts), rendered.getOrDefault(c.path(), ""))
            + ")");
      }
    }
    List<String> takenOver = new ArrayList<>();
    if (rootReason == null) {
      takenOver.add(rootFile);
    } else if (originals.containsKey(rootFile)) {
      leftAlone.put(rootFile, "the root file is hand-kept (the catalog owns no root: layout = \"none\"): "
          + rootReason);
    }
    candidates.forEach(c -> takenOver.add(c.path()));
    List<String> nonCanonical = new ArrayList<>();
    for (String f : takenOver) {
      if (!HclFormatter.format(originals.get(f), f).equals(originals.get(f))) {
        nonCanonical.add(f);
      }
    }
    Set<String> owned = new java.util.HashSet<>(takenOver);
    for (String f : originals.keySet()) {
      if (!owned.contains(f) && !leftAlone.containsKey(f)) {
        leftAlone.put(f, "not taken over");
      }
    }
    List<String> units = candidates.stream().filter(c -> c.kind().equals(LayoutCandidate.UNIT))
        .map(c -> c.path().substring(0, c.path().lastIndexOf('/'))).toList();
    List<String> notes = allowed.isEmpty() ? List.of() : List.of("Terragrunt names stackgen's schema ("
        + TerragruntSchema.VERSION + ") does not know, carried verbatim: allow_terragrunt = "
        + String.join(", ", allowed));
    return new CatalogImporter.Result(text, units, takenOver, List.of(), List.of(), leftAlone, nonCanonical,
        headerNote, List.of(), List.of(), List.of(), notes);
  }

  /** What generate must write for an owned file: its leading blank lines and its items in canonical form. */
  private static String wanted(String path, Map<String, String> originals, Map<String, Integer> starts) {
    return "\n".repeat(starts.getOrDefault(path, 0)) + HclFormatter.format(originals.get(path), path);
  }

  /** The "files taken over" line of a layout import: the root, units, shared files and stack files. */
  public static String summary(CatalogImporter.Result r) {
    long units = r.takenOver().stream().filter(f -> f.endsWith("/terragrunt.hcl")).count();
    long stackFiles = r.takenOver().stream().filter(f -> f.endsWith("/" + StackConfig.FILE)).count();
    long shared = r.takenOver().size() - (r.takenOver().isEmpty() || r.takenOver().get(0).contains("/")
        || r.takenOver().get(0).equals(StackConfig.FILE) ? 0 : 1) - units - stackFiles;
    boolean root = !r.takenOver().isEmpty() && !r.takenOver().get(0).contains("/")
        && !r.takenOver().get(0).equals(StackConfig.FILE);
    return "files taken over: " + r.takenOver().size() + " (root " + (root ? r.takenOver().get(0)
        : "hand-kept, not owned") + ", " + units + " units, " + shared + " shared files, " + stackFiles
        + " terragrunt.stack.hcl)";
  }

  private static final String NOT_HCL = "not HCL: ";

  /** Why a file cannot be read as HCL, or null. */
  private static String parseReason(String path, String text) {
    try {
      HclParser.parse(text, path);
      return null;
    } catch (HclSyntaxException e) {
      return NOT_HCL + e.getMessage();
    }
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }
}
