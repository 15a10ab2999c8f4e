package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.Declared;
import dev.stackgen.catalog.ModuleBlocks;
import dev.stackgen.catalog.RootTiers;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Settings;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Root;
import dev.stackgen.model.SourceRef;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a hand-kept Terragrunt repository into a catalog that regenerates its files byte for byte
 * (non-canonical files in canonical form): walks the repository and hands each file to the reader of
 * its kind (root file, stack terragrunt.hcl, module-wrapper main.tf, overlay files), then proves the
 * catalog by rendering it in memory. Reads only.
 *
 * <p>The catalog is checked as a model of values ({@link ImportedCatalog}): a stack the catalog cannot hold
 * is known by the repository file its value was built from, its error at that file's line (a value-less
 * block's line through {@link CandidateBlock#origin}), then left alone and the import tries again. The stack folders are read by
 * {@link StackFolders}; this class keeps the one import attempt (a little over 400 lines: the reading of
 * the root, the candidates' blocks, the check and the byte-for-byte comparison, in that order).
 */
public final class CatalogImporter {
  /** Tier used when the repository names none. */
  public static final String FALLBACK_TIER = RootFileReader.FALLBACK_TIER;

  private final Path repo;
  private final String stacksDir;
  private final Renderer renderer;
  private final RepoFiles files;
  private final StackFolders folders;

  /**
   * Imports the repository at {@code repo} with the importer its layout needs: {@link LayoutImporter} for
   * nested live repositories, {@code root.hcl} and Terragrunt Stacks, this class for {@code <stacksDir>/<name>}.
   */
  public static Result importRepo(Path repo, String stacksDir, Renderer renderer)
      throws IOException, CatalogException, HclSyntaxException {
    return LayoutImporter.applies(repo, stacksDir)
        ? new LayoutImporter(repo, renderer).run()
        : new CatalogImporter(repo, stacksDir, renderer).run();
  }

  public CatalogImporter(Path repo, String stacksDir, Renderer renderer) {
    this.repo = repo;
    this.stacksDir = stacksDir;
    this.renderer = renderer;
    this.files = new RepoFiles(repo);
    this.folders = new StackFolders(repo, stacksDir, files);
  }

  /**
   * What an import produced: the catalog text, the files it takes over (path → content on disk),
   * those left alone with the reason, those reproduced in canonical form, the in-memory round trip, and
   * one-line notes for the report (e.g. the Terragrunt names carried verbatim).
   */
  public record Result(
      String catalog,
      List<String> stacks,
      List<String> takenOver,
      List<String> overlays,
      List<String> wrappers,
      Map<String, String> leftAlone,
      List<String> nonCanonical,
      String headerNote,
      List<String> differing,
      List<String> guessedTiers,
      List<String> verbatimMainCf,
      List<String> notes) {
    /** A result without report notes. */
    public Result(String catalog, List<String> stacks, List<String> takenOver, List<String> overlays,
        List<String> wrappers, Map<String, String> leftAlone, List<String> nonCanonical, String headerNote,
        List<String> differing, List<String> guessedTiers, List<String> verbatimMainCf) {
      this(catalog, stacks, takenOver, overlays, wrappers, leftAlone, nonCanonical, headerNote, differing,
          guessedTiers, verbatimMainCf, List.of());
    }

    public Result {
      notes = List.copyOf(notes);
      verbatimMainCf = List.copyOf(verbatimMainCf);
      stacks = List.copyOf(stacks);
      takenOver = List.copyOf(takenOver);
      overlays = List.copyOf(overlays);
      wrappers = List.copyOf(wrappers);
      leftAlone = Map.copyOf(leftAlone);
      nonCanonical = List.copyOf(nonCanonical);
      differing = List.copyOf(differing);
      guessedTiers = List.copyOf(guessedTiers);
    }

    public int identical() {
      return takenOver.size() - differing.size();
    }
  }

  /** Blank lines at the start of taken-over files, by path (the readers see each file from its first line on). */
  private final Map<String, Integer> startBlanks = new TreeMap<>();

  /** The file without the blank lines it starts with, which are noted in {@link #startBlanks}. */
  private String started(String path, String text) {
    int n = ImportText.leadingBlankLineCount(text);
    if (n > 0) {
      startBlanks.put(path, n);
    }
    return text.substring(n);
  }

  /**
   * Reads the repository and builds the catalog; the round trip is computed in memory. Every retry (a
   * stack excluded, the root left alone) builds and verifies the whole catalog again: the catalog
   * returned is the one whose round trip was checked.
   */
  public Result run() throws IOException, CatalogException, HclSyntaxException {
    Map<String, String> excluded = new LinkedHashMap<>();
    String rootReason = null;
    while (true) {
      try {
        return attempt(excluded, rootReason);
      } catch (StackExcluded e) {
        excluded.put(e.stack, e.reason);
      } catch (RootLeftAlone e) {
        rootReason = e.reason;
      }
    }
  }

  /** The root file the catalog cannot hold exactly (and why); import tries again with a hand-kept root. */
  private static final class RootLeftAlone extends Exception {
    private static final long serialVersionUID = 1L;
    final String reason;

    RootLeftAlone(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }
  }

  /** Why the root is left alone, as the report says it (the reason follows). */
  static final String HAND_KEPT_ROOT = "the root file is hand-kept (the catalog owns no root: layout = \"none\"): ";

  /** A stack the catalog cannot hold (and why); import tries again without it. */
  private static final class StackExcluded extends Exception {
    private static final long serialVersionUID = 1L;
    final String stack;
    final String reason;

    StackExcluded(String stack, String reason) {
      super(reason, null, false, false);
      this.stack = stack;
      this.reason = reason;
    }
  }

  /** One stack's catalog block, computed after the sequential part of the stack loop. */
  private interface StackBlockTask {
    CandidateBlock call() throws HclSyntaxException;
  }

  /** A stack block's syntax error, carried out of the parallel stream. */
  private static final class SyntaxFailure extends RuntimeException {
    final HclSyntaxException syntax;

    SyntaxFailure(HclSyntaxException syntax) {
      super(syntax);
      this.syntax = syntax;
    }
  }

  /** Why a root file with CRLF line endings is hand-kept (after {@link #HAND_KEPT_ROOT}). */
  static final String ROOT_CRLF = "CRLF line endings (generate writes LF)";

  /**
   * Why a file with CRLF line endings is left alone: the catalog renders LF, and import takes over only
   * what regenerates byte for byte (generate would otherwise rewrite every line of it).
   */
  static final String CRLF = ROOT_CRLF + ": left as it is, line endings and all";

  /** Why a root file that starts with a byte order mark is hand-kept (after {@link #HAND_KEPT_ROOT}). */
  static final String ROOT_BOM = "starts with a UTF-8 byte order mark (generate writes none)";

  /**
   * One import, leaving the {@code excluded} stacks alone with their reasons, and the root file too when
   * {@code rootReason} is not null (the catalog then owns no root: {@code layout = "none"}).
   */
  private Result attempt(Map<String, String> excluded, String rootReason)
      throws IOException, CatalogException, HclSyntaxException, StackExcluded, RootLeftAlone {
    startBlanks.clear();
    if (!files.isFile("terragrunt.hcl")) {
      throw new CatalogException(new SourceRef("terragrunt.hcl", 1, 1),
          "no root terragrunt.hcl in " + repo + "; import reads a Terragrunt repository");
    }
    String rootOnDisk;
    try {
      rootOnDisk = files.read("terragrunt.hcl");
    } catch (CatalogException e) {
      if (files.link("terragrunt.hcl") != null) {
        throw e;
      }
      // not UTF-8 (e.g. a Latin-1 comment): read for its tiers and generate blocks, never held
      rootOnDisk = new String(dev.stackgen.catalog.InsideRepo.readRegular(repo.resolve("terragrunt.hcl")),
          java.nio.charset.StandardCharsets.UTF_8);
      rootReason = "not UTF-8 (" + e.source().line() + ":" + e.source().column() + ": invalid UTF-8 byte sequence;"
          + " generate writes UTF-8)";
    }
    if (rootReason == null && rootOnDisk.indexOf('\r') >= 0) {
      rootReason = ROOT_CRLF;
    } else if (rootReason == null && rootOnDisk.startsWith("\uFEFF")) {
      rootReason = ROOT_BOM;
    }
    Map<String, String> originals = new LinkedHashMap<>();
    if (rootReason == null) {
      originals.put("terragrunt.hcl", started("terragrunt.hcl", rootOnDisk));
    }
    Map<String, String> leftAlone = new TreeMap<>();
    if (rootReason != null) {
      leftAlone.put("terragrunt.hcl", HAND_KEPT_ROOT + rootReason);
    }
    Map<String, String> stackTexts = new LinkedHashMap<>();
    List<String> stackNames = folders.scan(excluded, leftAlone, stackTexts);
    stackTexts.forEach((tg, text) -> originals.put(tg, started(tg, text)));
    Path stacks = repo.resolve(stacksDir);
    String stacksLink = files.link(stacksDir);
    Map<String, List<String>> overlayFiles = new LinkedHashMap<>();
    Map<String, String> overlayReasons = new LinkedHashMap<>();
    List<String> verbatimMainCf = new ArrayList<>();
    Map<String, String> taken = new LinkedHashMap<>();
    Map<String, OverlayImporter> overlayImporters = folders.overlayFiles(stackNames, overlayFiles, taken,
        overlayReasons, verbatimMainCf);
    Map<String, String> wrapperReasons = new LinkedHashMap<>();
    folders.wrappers(stackNames, taken, wrapperReasons);
    taken.forEach((f, text) -> originals.put(f, started(f, text)));
    long withHeader = originals.values().stream().filter(ImportText::startsWithHeader).count();
    boolean header = !originals.isEmpty() && withHeader == originals.size();
    String headerNote = header
        ? "every taken-over file carries the generated header: header = true"
        : withHeader == 0
            ? "no taken-over file carries the generated header: header = false (see docs/import.md to turn it on)"
        : withHeader + " of " + originals.size() + " files carry the generated header: header = false, the"
            + " header line is kept as a comment in those files";
    Settings settings = new Settings(stacksDir, header);

    // a hand-kept root is only read (its tiers, tier-0 stacks and generate blocks), in LF, never held
    String rootText = rootReason == null ? originals.get("terragrunt.hcl")
        : folders.withoutLeadingBlankLines(
            (rootOnDisk.startsWith("\uFEFF") ? rootOnDisk.substring(1) : rootOnDisk).replace("\r\n", "\n"));
    RootFileReader root = new RootFileReader(rootReason == null ? header ? ImportText.stripHeader(rootText) : rootText
        : ImportText.startsWithHeader(rootText) ? ImportText.stripHeader(rootText) : rootText);
    Optional<RootTiers.Found> committedTiers = root.tierNames().isEmpty() ? folders.committedTiers(stackNames)
        : Optional.empty();
    List<String> tierNames = !root.tierNames().isEmpty() ? root.tierNames()
        : committedTiers.map(RootTiers.Found::names).orElse(List.of(FALLBACK_TIER));
    Set<String> tierZero = root.tierZero();
    Declarations rootDeclared = Declared.byGenerateBlocks(root.file(), root.file().body().nodes());
    StackProbe probe = new StackProbe(renderer, settings, rootDeclared);
    StackFileReader stackFiles = new StackFileReader(probe, Set.copyOf(stackNames));
    MainFileReader mainFiles = new MainFileReader(probe);
    OverlayFileReader overlayReader = new OverlayFileReader(probe);

    // the settings are a model value (their leading_blank_lines known once the stacks are read), the root
    // block is the root reader's, checked as the catalog reads a root block on the file's nodes
    Root catalogRoot;
    try {
      catalogRoot = rootReason == null ? root.root(committedTiers, settings.allowTerragrunt())
          : root.handKept(committedTiers);
    } catch (CatalogException e) {
      throw new RootLeftAlone("the catalog root cannot hold it: " + ImportedCatalog.what(e));
    }

    List<String> differing = new ArrayList<>();
    List<String> overlays = new ArrayList<>();
    List<String> wrappers = new ArrayList<>();
    List<String> guessedTiers = new ArrayList<>();
    List<StackBlockTask> stackBlocks = new ArrayList<>();
    for (String name : stackNames) {
      String path = stacksDir + "/" + name + "/terragrunt.hcl";
      String tier = folders.tierOf(name, tierNames);
      if (tier == null) {
        tier = tierZero.contains(name) ? tierNames.get(0) : tierNames.get(tierNames.size() - 1);
        guessedTiers.add(name);
      }
      StringBuilder fileBlocks = new StringBuilder();
      List<StackFile> fileValues = new ArrayList<>();
      ModuleBlocks.Read moduleRead = null;
      for (String f : overlayFiles.getOrDefault(name, List.of())) {
        String inStack = f.substring(stacksDir.length() + name.length() + 2);
        String original = originals.get(f);
        boolean stripped = header && ImportText.startsWithHeader(original);
        OverlayFileReader.Outcome read = overlayReader.fileBlock(overlayImporters.get(name), name, tier, inStack,
            stripped ? ImportText.stripHeader(original) : original, stripped ? 2 : 0, f, original);
        if (read.block() != null) {
          fileBlocks.append('\n').append(read.block());
          fileValues.add(read.file());
          for (String v : read.overlays()) {
            overlays.add(name + ": " + inStack + " variable \"" + v + "\"");
          }
          read.verbatim().forEach(v -> verbatimMainCf.add(f + ": " + v));
        } else {
          originals.remove(f);
          overlayReasons.put(f, read.reason());
        }
      }
      String mainTf = stacksDir + "/" + name + "/main.tf";
      if (originals.containsKey(mainTf)) {
        String original = originals.get(mainTf);
        MainFileReader.Outcome module = mainFiles.moduleBlock(name, tier,
            header ? ImportText.stripHeader(original) : original, mainTf, original, folders.otherDeclarations(name),
            folders.stackGenerates(stacksDir + "/" + name + "/terragrunt.hcl"));
        if (module.block() != null) {
          fileBlocks.append('\n').append(module.block());
          moduleRead = module.read();
          wrappers.add(mainTf);
        } else {
          originals.remove(mainTf);
          wrapperReasons.put(mainTf, module.reason());
        }
      }
      String original = originals.get(path);
      String held = header ? ImportText.stripHeader(original) : original;
      // the reader sees the file without its leading blank lines and its header: its line 1 is this far down
      int lineOffset = startBlanks.getOrDefault(path, 0)
          + (int) original.substring(0, original.length() - held.length()).chars().filter(c -> c == '\n').count();
      String stackTier = tier;
      ModuleBlocks.Read stackModule = moduleRead;
      stackBlocks.add(() -> stackFiles.stackBlock(name, stackTier, tierZero.contains(name), path, original, held,
          lineOffset, fileBlocks.toString(), List.copyOf(fileValues), stackModule));
    }
    // Each stack's block (format, parse, probe render: most of an import) depends only on its own
    // file: on all processors, in stack order.
    Map<String, CandidateBlock> blockByFile = new LinkedHashMap<>();
    try {
      var blocks = stackBlocks.size() >= 16 ? stackBlocks.parallelStream() : stackBlocks.stream();
      List<CandidateBlock> built = blocks.map(b -> {
        try {
          return b.call();
        } catch (HclSyntaxException e) {
          throw new SyntaxFailure(e);
        }
      }).toList();
      for (int k = 0; k < stackNames.size(); k++) {
        blockByFile.put(stacksDir + "/" + stackNames.get(k) + "/terragrunt.hcl", built.get(k));
      }
    } catch (SyntaxFailure e) {
      throw e.syntax;
    }

    startBlanks.keySet().retainAll(originals.keySet());
    ImportedCatalog pieces = new ImportedCatalog(settings.withLeadingBlankLines(startBlanks), catalogRoot,
        rootDeclared, blockByFile);
    Catalog imported;
    // Lint findings of an adopted overlay are reported by generate and postfix lint, not refused here.
    // References too (includes, dependencies, module sources): the next command reads it that way.
    Set<String> skipped = Set.of(CatalogReader.POSTFIX_CHECK);
    try {
      imported = pieces.check(repo, skipped);
    } catch (CatalogException e) {
      String what = ImportedCatalog.what(e);
      String file = e.source().file();
      CandidateBlock block = blockByFile.get(file);
      String stack = block == null ? null : file.substring(stacksDir.length() + 1, file.lastIndexOf('/'));
      SourceRef origin = block == null ? new SourceRef("terragrunt.hcl", 1, 1) : e.source(); // a line of the file
      if (stack != null && !excluded.containsKey(stack)) {
        throw new StackExcluded(stack, "line " + origin.line() + ": the catalog cannot hold it: " + what);
      }
      if (stack == null && rootReason == null) {
        throw new RootLeftAlone("the catalog root cannot hold it: " + what);
      }
      throw new CatalogException(origin, "the repository does not make a valid catalog (nothing written): " + what);
    }
    String text = pieces.written(repo, skipped, imported);
    List<String> nonCanonical = new ArrayList<>();
    Map<String, String> rendered = new LinkedHashMap<>();
    for (GeneratedFile f : renderer.render(imported)) {
      rendered.put(f.path(), f.content());
    }
    for (var e : originals.entrySet()) {
      String canonical = HclFormatter.format(e.getValue(), e.getKey());
      if (!canonical.equals(e.getValue())) {
        nonCanonical.add(e.getKey());
      }
      canonical = "\n".repeat(startBlanks.getOrDefault(e.getKey(), 0)) + canonical;
      if (!canonical.equals(rendered.get(e.getKey()))) {
        if (e.getKey().equals("terragrunt.hcl")) {
          // never owned unless held exactly: generate would replace the repository's root with what it renders
          throw new RootLeftAlone("the catalog does not regenerate it byte for byte ("
              + FirstDifference.describe(canonical, rendered.get(e.getKey())) + ")");
        }
        differing.add(e.getKey());
      }
    }
    OtherFileReader others = new OtherFileReader(root.file());
    for (String stack : stackNames) {
      HclFile stackFile = folders.parsedOrNull(stacksDir + "/" + stack + "/terragrunt.hcl");
      for (String f : files.filesUnder(stacks.resolve(stack))) {
        if (!originals.containsKey(f) && !rendered.containsKey(f)) {
          String reason = wrapperReasons.getOrDefault(f, overlayReasons.get(f));
          leftAlone.put(f, reason != null ? reason
              : others.reason(f, f.substring(stacksDir.length() + stack.length() + 2), files.readOrNull(f), stackFile));
        }
      }
    }
    if (stacksLink == null) {
      for (String link : files.linksUnder(stacks)) {
        leftAlone.putIfAbsent(link, folders.linkReason(link, "this"));
      }
    }
    return new Result(text, stackNames, new ArrayList<>(originals.keySet()), overlays, wrappers, leftAlone,
        nonCanonical, headerNote, differing, guessedTiers, verbatimMainCf);
  }
}
