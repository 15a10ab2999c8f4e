package dev.stackgen.fuzz;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.cli.Main;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSource;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.HclCorpus;
import dev.stackgen.testing.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every fuzz target, one line each in {@link #all}. Direct targets call the library (fast); CLI
 * targets write the input into a temporary repository and run {@link Main#run}, checking the exit
 * code, that stderr is exactly one error line, and that the command wrote nothing.
 */
public final class FuzzTargets {
  private static final Renderer RENDERER = new Renderer(Templates.bundled());

  private FuzzTargets() {}

  /** All targets; {@code work} is a scratch folder for the CLI targets. */
  public static List<FuzzTarget> all(Path work) {
    return List.of(
        direct("catalog", FuzzTargets::catalogSeeds, FuzzTargets::catalog),
        direct("hcl-parse", FuzzTargets::hclSeeds, FuzzTargets::parse),
        direct("hcl-format", FuzzTargets::hclSeeds, FuzzTargets::format),
        cli("cli-check", FuzzTargets::catalogSeeds, work, "stackgen.hcl", Set.of(0, 1), "check"),
        cli("cli-generate-dry-run", FuzzTargets::catalogSeeds, work, "stackgen.hcl", Set.of(0),
            "generate", "--dry-run"),
        cli("cli-graph", FuzzTargets::catalogSeeds, work, "stackgen.hcl", Set.of(0, 1), "graph"),
        cli("cli-postfix-lint", FuzzTargets::catalogSeeds, work, "stackgen.hcl", Set.of(0, 1), "postfix", "lint"),
        cli("cli-postfix-lint-file", FuzzTargets::postfixSeeds, work, "main.cf", Set.of(0, 1),
            "postfix", "lint", "--file", FILE),
        cli("cli-fmt-check", FuzzTargets::hclSeeds, work, "f.hcl", Set.of(0, 1), "fmt", "--check", FILE),
        generateThenCheck(work),
        importThenCheck(work, "cli-import-terragrunt", "stacks/web/terragrunt.hcl", "terragrunt.hcl"),
        importThenCheck(work, "cli-import-main-tf", "stacks/web/main.tf", "main.tf"));
  }

  /**
   * {@code import} of the hand-written repository's root file plus one mutated stack file: an error
   * leaves the repository untouched, exit 0 means the catalog regenerates the files byte for byte
   * ({@code check} is clean), exit 1 that some file does not round-trip.
   */
  static FuzzTarget importThenCheck(Path work, String name, String path, String seedName) {
    Path fixture = Fixtures.fixturesDir().resolve("handwritten-repo");
    return new FuzzTarget() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<byte[]> seeds() {
        try (Stream<Path> s = Files.walk(fixture.resolve("stacks"))) {
          return s.filter(p -> p.getFileName().toString().equals(seedName) && p.getNameCount() > 0
              && p.getParent().getParent().getFileName().toString().equals("stacks")).sorted()
              .map(FuzzTargets::read).toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String run(byte[] input) throws Exception {
        Path repo = work.resolve(name);
        deleteTree(repo);
        Files.createDirectories(repo.resolve(path).getParent());
        Files.copy(fixture.resolve("terragrunt.hcl"), repo.resolve("terragrunt.hcl"));
        if (!path.endsWith("terragrunt.hcl")) {
          Files.writeString(repo.resolve("stacks/web/terragrunt.hcl"),
              "include \"root\" {\n  path = find_in_parent_folders()\n}\n");
        }
        Files.write(repo.resolve(path), input);
        List<String> before = Fixtures.listFiles(repo);
        Run imported = Run.of("import", "-C", repo.toString());
        List<String> after = Fixtures.listFiles(repo);
        if (imported.exit() == Main.ERROR) {
          if (!after.equals(before)) {
            throw new AssertionError("import failed but wrote " + after);
          }
          if (!imported.err().endsWith("\n") || imported.err().indexOf('\n') != imported.err().length() - 1) {
            throw new AssertionError("exit 2 must print exactly one line on stderr: " + imported);
          }
          return FuzzTarget.requireErrorLine(imported.err().strip());
        }
        if (imported.exit() != 0 && imported.exit() != 1) {
          throw new AssertionError("import: " + imported);
        }
        if (imported.exit() == 0) {
          // bytes: a file import leaves alone may not be UTF-8
          java.util.Map<String, String> kept = new java.util.HashMap<>();
          for (String f : before) {
            kept.put(f, new String(Files.readAllBytes(repo.resolve(f)), java.nio.charset.StandardCharsets.ISO_8859_1));
          }
          Run generate = Run.of("generate", "-C", repo.toString());
          Run check = Run.of("check", "-C", repo.toString());
          if (generate.exit() != 0 || check.exit() != 0) {
            throw new AssertionError("import said every file round-trips, but " + generate + "\n" + check
                + "\ncatalog:\n" + Files.readString(repo.resolve("stackgen.hcl")));
          }
          for (String f : before) {
            String now = new String(Files.readAllBytes(repo.resolve(f)), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!now.equals(kept.get(f)) && !now.replaceAll("[ \t]+", "").equals(kept.get(f).replaceAll("[ \t]+",
                ""))) {
              throw new AssertionError("import said " + f + " round-trips, but generate changed more than spaces:\n"
                  + now);
            }
          }
        }
        return null;
      }
    };
  }

  /**
   * {@code generate} for real: rejected catalogs leave the repository untouched; accepted ones are
   * then clean for {@code check}, a second {@code generate} changes nothing, and no temp file remains.
   */
  static FuzzTarget generateThenCheck(Path work) {
    FuzzTarget generate = cli("cli-generate", FuzzTargets::catalogSeeds, work, "stackgen.hcl", Set.of(0), true,
        "generate");
    return new FuzzTarget() {
      @Override
      public String name() {
        return "cli-generate-then-check";
      }

      @Override
      public List<byte[]> seeds() {
        return catalogSeeds();
      }

      @Override
      public String run(byte[] input) throws Exception {
        Path repo = work.resolve("cli-generate");
        String error = generate.run(input);
        if (error != null) {
          return error;
        }
        List<String> files = Fixtures.listFiles(repo);
        if (files.stream().anyMatch(f -> f.contains(dev.stackgen.output.AtomicWriter.TEMP_PREFIX))) {
          throw new AssertionError("temporary files left: " + files);
        }
        Run check = Run.of("check", "-C", repo.toString());
        if (check.exit() != 0) {
          throw new AssertionError("check after generate is not clean: " + check);
        }
        Run again = Run.of("generate", "-C", repo.toString());
        if (again.exit() != 0 || !again.out().startsWith("generate: 0 changed,")) {
          throw new AssertionError("second generate changed something: " + again);
        }
        return null;
      }
    };
  }

  /** In a CLI target's arguments, stands for the absolute path of the input file. */
  static final String FILE = "{file}";

  /** A library-level target: {@code body} returns null or throws the (checked) input error. */
  static FuzzTarget direct(String name, Supplier<List<byte[]>> seeds, Body body) {
    return new FuzzTarget() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<byte[]> seeds() {
        return seeds.get();
      }

      @Override
      public String run(byte[] input) throws Exception {
        try {
          body.run(input);
          return null;
        } catch (HclSyntaxException | CatalogException e) {
          return FuzzTarget.requireErrorLine(e.getMessage());
        }
      }
    };
  }

  /** What a direct target does with one input. */
  @FunctionalInterface
  interface Body {
    void run(byte[] input) throws Exception;
  }

  /**
   * A CLI target: {@code file} in a fresh repository under {@code work} holds the input; the
   * command runs with {@code -C repo} and may exit with one of {@code okExits} or 2.
   */
  static FuzzTarget cli(String name, Supplier<List<byte[]>> seeds, Path work, String file,
      Set<Integer> okExits, String... args) {
    return cli(name, seeds, work, file, okExits, false, args);
  }

  /** As above; {@code mayWrite} allows files beside the input after a successful run. */
  static FuzzTarget cli(String name, Supplier<List<byte[]>> seeds, Path work, String file,
      Set<Integer> okExits, boolean mayWrite, String... args) {
    return new FuzzTarget() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<byte[]> seeds() {
        return seeds.get();
      }

      @Override
      public String run(byte[] input) throws Exception {
        Path repo = work.resolve(name);
        deleteTree(repo);
        Files.createDirectories(repo);
        Files.write(repo.resolve(file), input);
        String[] all = Arrays.copyOf(args, args.length + 2);
        for (int k = 0; k < args.length; k++) {
          if (args[k].equals(FILE)) {
            all[k] = repo.resolve(file).toString();
          }
        }
        all[args.length] = "-C";
        all[args.length + 1] = repo.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
          exit = Main.run(all, InputStream.nullInputStream(), o, e);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        List<String> left = Fixtures.listFiles(repo);
        if (!left.equals(List.of(file)) && (exit == Main.ERROR || !mayWrite)) {
          throw new AssertionError(String.join(" ", args) + " wrote files: " + left);
        }
        if (exit == Main.ERROR) {
          if (!stderr.endsWith("\n") || stderr.indexOf('\n') != stderr.length() - 1) {
            throw new AssertionError("exit 2 must print exactly one line on stderr, got <" + stderr + ">");
          }
          return FuzzTarget.requireErrorLine(stderr.substring(0, stderr.length() - 1));
        }
        if (!okExits.contains(exit)) {
          throw new AssertionError("exit " + exit + ", stderr <" + stderr + ">");
        }
        for (String warning : stderr.lines().toList()) {
          if (!warning.matches("^[^:\\n]+:\\d+:\\d+: warning: .+$")) {
            throw new AssertionError("exit " + exit + " with stderr that is not file:line:col: warning: <"
                + stderr + ">");
          }
        }
        return null;
      }
    };
  }

  static void catalog(byte[] input) throws Exception {
    String text = CatalogReader.decode(CatalogReader.MAIN_FILE, input);
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)));
    Path root = Path.of("/nonexistent-fuzz-repo");
    for (GeneratedFile f : RENDERER.render(catalog)) {
      if (!root.resolve(f.path()).normalize().startsWith(root) || f.path().contains("..")
          || f.path().startsWith("/")) {
        throw new AssertionError("accepted catalog renders to an unsafe path: " + f.path());
      }
      HclParser.parse(f.content(), f.path());
    }
  }

  static void parse(byte[] input) throws Exception {
    String text = HclSource.decode(input, "fuzz.hcl");
    HclFile file = HclParser.parse(text, "fuzz.hcl");
    if (!file.print().equals(text)) {
      throw new AssertionError("parse tree does not print back to its source");
    }
  }

  static void format(byte[] input) throws Exception {
    String text = HclSource.decode(input, "fuzz.hcl");
    boolean parses;
    try {
      HclParser.parse(text, "fuzz.hcl");
      parses = true;
    } catch (HclSyntaxException e) {
      parses = false;
    }
    String formatted = HclFormatter.format(text, "fuzz.hcl");
    if (parses) {
      try {
        HclParser.parse(formatted, "fuzz.hcl");
      } catch (HclSyntaxException e) {
        throw new AssertionError("formatting a valid file made it invalid: " + e.getMessage());
      }
    }
  }

  /** Every stacks-fixtures/&#42;/stackgen.hcl plus the hand-written seeds in src/test/resources/fuzz. */
  static List<byte[]> catalogSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (Path c : Fixtures.catalogCases()) {
      seeds.add(read(c.resolve("stackgen.hcl")));
    }
    seeds.addAll(readAll(Fixtures.repoRoot().resolve("src/test/resources/fuzz/catalogs")));
    return seeds;
  }

  /** The HCL conformance corpus inputs, the hand-written fixture repo's .hcl files, and the catalogs. */
  static List<byte[]> hclSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : HclCorpus.inputNames()) {
      seeds.add(read(HclCorpus.dir().resolve(name + ".in.hcl")));
    }
    seeds.addAll(readAll(Fixtures.fixturesDir().resolve("handwritten-repo")));
    seeds.addAll(catalogSeeds());
    return seeds;
  }

  /** Postfix main.cf fragments: the lint cases and the seed change's files. */
  static List<byte[]> postfixSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    seeds.addAll(readAll(Fixtures.repoRoot().resolve("src/test/resources/postfix-lint"), ".cf"));
    seeds.addAll(readAll(Fixtures.repoRoot().resolve("src/test/resources/postfix-seed"), ".cf"));
    return seeds;
  }

  private static List<byte[]> readAll(Path dir) {
    return readAll(dir, ".hcl");
  }

  private static List<byte[]> readAll(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(extension) && Files.isRegularFile(p))
          .sorted()
          .map(FuzzTargets::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
