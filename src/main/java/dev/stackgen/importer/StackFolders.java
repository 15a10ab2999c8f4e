package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.Declared;
import dev.stackgen.catalog.RootTiers;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stack folders of a {@code <stacks_dir>/<name>} repository as {@link CatalogImporter} reads them:
 * which folders are stacks (and why the others are left alone), what a stack's own files declare, the
 * tier its code names, and tiers a committed {@code tiers.tf} states. Reads only.
 */
final class StackFolders {
  private final Path repo;
  private final String stacksDir;
  private final RepoFiles files;

  StackFolders(Path repo, String stacksDir, RepoFiles files) {
    this.repo = repo;
    this.stacksDir = stacksDir;
    this.files = files;
  }

  /**
   * The stack folders under the stacks folder that import reads, in name order: every other folder (a
   * link, a submodule, no terragrunt.hcl, not a stack name, a terragrunt.hcl that cannot be taken over,
   * an {@code excluded} stack) goes to {@code leftAlone} with its reason, files and all. The
   * terragrunt.hcl of each stack read goes to {@code texts} by path.
   */
  List<String> scan(Map<String, String> excluded, Map<String, String> leftAlone, Map<String, String> texts)
      throws IOException, CatalogException {
    List<String> stackNames = new ArrayList<>();
    Path stacks = repo.resolve(stacksDir);
    String stacksLink = files.link(stacksDir);
    if (stacksLink != null) {
      leftAlone.put(stacksLink, linkReason(stacksLink, "the stacks"));
    } else if (Files.isDirectory(stacks, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.list(stacks)) {
        for (Path dir : s.sorted().toList()) {
          String name = dir.getFileName().toString();
          if (name.startsWith(".")) {
            continue;
          }
          String folder = stacksDir + "/" + name;
          if (Files.isSymbolicLink(dir)) {
            // git stores a link with a target: reading through it would copy what it points to
            leftAlone.put(folder, linkReason(folder, "this"));
            continue;
          }
          if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          if (RepoFiles.otherRepository(dir)) {
            leftAlone.put(folder, "holds .git: a submodule or another repository's working tree, never stackgen's");
            continue;
          }
          String tg = stacksDir + "/" + name + "/terragrunt.hcl";
          if (Files.isSymbolicLink(dir.resolve("terragrunt.hcl"))) {
            for (String f : files.filesUnder(dir)) {
              leftAlone.put(f, "the stack's terragrunt.hcl is a symbolic link, so the stack is left alone");
            }
            leftAlone.put(tg, linkReason(tg, "the stack's"));
            continue;
          }
          if (!Files.isRegularFile(dir.resolve("terragrunt.hcl"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (String f : files.filesUnder(dir)) {
              leftAlone.put(f, "folder has no terragrunt.hcl, not a stack");
            }
            continue;
          }
          if (!Names.isStackName(name)) {
            for (String f : files.filesUnder(dir)) {
              leftAlone.put(f, "folder name \"" + name + "\" is not a stack name ([a-z0-9][a-z0-9._-]*)");
            }
            continue;
          }
          String tgText = files.readOrNull(tg);
          String unfit = excluded.containsKey(name) ? excluded.get(name)
              : tgText != null && tgText.indexOf('\r') >= 0 ? CatalogImporter.CRLF : StackFileReader.unfit(tg, tgText);
          if (unfit != null) {
            for (String f : files.filesUnder(dir)) {
              leftAlone.put(f, f.equals(tg) ? unfit : "the stack's terragrunt.hcl is left alone, so is the stack");
            }
            continue;
          }
          stackNames.add(name);
          texts.put(tg, files.read(tg));
        }
      }
    }
    return stackNames;
  }

  /** The text from its first non-blank line on. */
  static String withoutLeadingBlankLines(String text) {
    return text.substring(ImportText.leadingBlankLineCount(text));
  }

  /** Why a symbolic link is left alone: git stores it as a link with a target, not as the file it points to. */
  String linkReason(String path, String whose) throws IOException {
    return "a symbolic link to " + files.linkTarget(path) + " (git stores the link, not what it points to;"
        + " stackgen leaves links as they are" + (whose.equals("the stack's") ? ", and so this stack)" : ")");
  }

  /** What the stack's own hand-written .tf files (not main.tf, not written by Terragrunt) declare. */
  Declarations otherDeclarations(String stack) throws IOException {
    Declarations all = Declarations.NONE;
    String dir = stacksDir + "/" + stack + "/";
    for (String f : files.filesUnder(repo.resolve(dir))) {
      String inStack = f.substring(dir.length());
      if (!inStack.endsWith(".tf") || inStack.contains("/") || inStack.equals("main.tf")) {
        continue;
      }
      String text = files.readOrNull(f);
      if (text == null || text.startsWith(OtherFileReader.TERRAGRUNT_SIGNATURE)) {
        continue;
      }
      try {
        all = all.plus(Declared.in(HclParser.parse(text, f)));
      } catch (HclSyntaxException e) {
        // not HCL: declares nothing stackgen can see; the file is reported as left alone
      }
    }
    return all;
  }

  /** What the generate blocks of a stack's terragrunt.hcl write into the stack. */
  Declarations stackGenerates(String path) throws IOException {
    HclFile file = parsedOrNull(path);
    return file == null ? Declarations.NONE : Declared.byGenerateBlocks(file, file.body().nodes());
  }

  HclFile parsedOrNull(String path) throws IOException {
    String text = files.readOrNull(path);
    try {
      return text == null ? null : HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return null;
    }
  }

  /**
   * The first {@code local.tiers.<key>} with a known key in the stack's code (main.tf first, then
   * terragrunt.hcl, then its other .tf files; not in comments, not in files Terragrunt wrote), or null:
   * the caller then guesses (the first tier for tier-0 stacks, the last for the others) and reports it.
   */
  String tierOf(String stack, List<String> tiers) throws IOException {
    String dir = stacksDir + "/" + stack + "/";
    List<String> ordered = new ArrayList<>(List.of(dir + "main.tf", dir + "terragrunt.hcl"));
    for (String f : files.filesUnder(repo.resolve(dir))) {
      if (f.endsWith(".tf") && !ordered.contains(f)) {
        ordered.add(f);
      }
    }
    for (String f : ordered) {
      if (!files.isFile(f)) {
        continue;
      }
      String text = files.readOrNull(f);
      if (text == null || text.startsWith(OtherFileReader.TERRAGRUNT_SIGNATURE)) {
        continue;
      }
      String key = TierReferences.first(text, tiers);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /** Tiers a committed {@code tiers.tf} states ({@code locals { tiers = {...} }}): at the root, else in a stack. */
  Optional<RootTiers.Found> committedTiers(List<String> stackNames) throws IOException {
    List<String> candidates = new ArrayList<>(List.of("tiers.tf"));
    for (String s : stackNames) {
      candidates.add(stacksDir + "/" + s + "/tiers.tf");
    }
    for (String f : candidates) {
      if (!files.isFile(f)) {
        continue;
      }
      String text = files.readOrNull(f);
      try {
        Optional<RootTiers.Found> found = text == null ? Optional.empty() : RootTiers.find(HclParser.parse(text, f));
        if (found.isPresent()) {
          return found;
        }
      } catch (HclSyntaxException | CatalogException e) {
        // not a usable tiers file; look further
      }
    }
    return Optional.empty();
  }

  /**
   * Reads each stack's other {@code .tf} files for a Postfix overlay: a file whose overlay the catalog can
   * hold goes to {@code taken} (path → text) and {@code overlayFiles} (by stack), one it cannot to
   * {@code reasons}; the main.cf variables kept verbatim are noted in {@code verbatimMainCf}. Returns each
   * stack's overlay importer (it knows all the stack's .tf files).
   */
  Map<String, OverlayImporter> overlayFiles(List<String> stackNames, Map<String, List<String>> overlayFiles,
      Map<String, String> taken, Map<String, String> overlayReasons, List<String> verbatimMainCf)
      throws IOException {
    Map<String, OverlayImporter> overlayImporters = new LinkedHashMap<>();
    for (String name : stackNames) {
      Map<String, String> tfFiles = new LinkedHashMap<>();
      for (String f : files.filesUnder(repo.resolve(stacksDir).resolve(name))) {
        if (f.endsWith(".tf")) {
          String text = files.readOrNull(f);
          if (text != null) {
            tfFiles.put(f, text);
          }
        }
      }
      OverlayImporter overlayImporter = new OverlayImporter(tfFiles.values());
      overlayImporters.put(name, overlayImporter);
      for (var e : tfFiles.entrySet()) {
        String f = e.getKey();
        String inStack = f.substring(stacksDir.length() + name.length() + 2);
        if (inStack.equals("main.tf")) {
          continue;
        }
        if (e.getValue().indexOf('\r') >= 0) {
          if (overlayImporter.read(inStack, e.getValue().replace("\r\n", "\n"), 0).isPresent()) {
            overlayReasons.put(f, CatalogImporter.CRLF);
          }
          continue;
        }
        var r = overlayImporter.read(inStack, e.getValue(), 0);
        if (r.isPresent() && r.get().file() != null) {
          overlayFiles.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
          taken.put(f, e.getValue());
        } else if (r.isPresent()) {
          overlayReasons.put(f, r.get().reason());
          r.get().verbatim().forEach(v -> verbatimMainCf.add(f + ": " + v));
        }
      }
    }
    return overlayImporters;
  }

  /**
   * Each stack's main.tf: a module wrapper the catalog can hold goes to {@code taken} (path → text), any
   * other to {@code wrapperReasons} with the reason.
   */
  void wrappers(List<String> stackNames, Map<String, String> taken, Map<String, String> wrapperReasons)
      throws IOException, CatalogException {
    for (String name : stackNames) {
      String f = stacksDir + "/" + name + "/main.tf";
      if (files.isFile(f)) {
        String text = files.read(f);
        String reason = text.indexOf('\r') >= 0 ? CatalogImporter.CRLF : MainFileReader.wrapperShape(f, text);
        if (reason == null) {
          taken.put(f, text);
        } else {
          wrapperReasons.put(f, reason);
        }
      }
    }
  }
}
