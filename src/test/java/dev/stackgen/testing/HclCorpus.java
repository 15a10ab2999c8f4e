package dev.stackgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The HCL conformance corpus: inputs, official-formatter outputs and the parse index. */
public final class HclCorpus {
  public static final String DIR = "src/test/resources/hcl-corpus";

  /**
   * One corpus entry: NNN-name.in.hcl, its NNN-name.out.hcl, and whether the official parser
   * accepts the input and the output (from corpus-index.tsv).
   */
  public record Case(String name, String input, String expected, boolean parses,
      boolean outputParses) {
    public String inputFile() {
      return name + ".in.hcl";
    }

    public String outputFile() {
      return name + ".out.hcl";
    }
  }

  private HclCorpus() {}

  public static Path dir() {
    return HclOracle.repoRoot().resolve(DIR);
  }

  /** All cases in name order; fails if a file is missing, not UTF-8, or absent from the index. */
  public static List<Case> cases() {
    Map<String, String[]> index = index();
    List<Case> cases = new ArrayList<>();
    for (String name : inputNames()) {
      String[] row = index.get(name);
      if (row == null) {
        throw new IllegalStateException(name + " missing from corpus-index.tsv; run "
            + "`node tools/hcl-oracle/make-corpus.mjs`");
      }
      cases.add(new Case(name, read(dir().resolve(name + ".in.hcl")),
          read(dir().resolve(name + ".out.hcl")), "yes".equals(row[1]), "yes".equals(row[2])));
    }
    return List.copyOf(cases);
  }

  /** Names (without .in.hcl) of every input file, sorted. */
  public static List<String> inputNames() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".in.hcl"))
          .map(f -> f.substring(0, f.length() - ".in.hcl".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of corpus-index.tsv by name: name, parses, output_parses, fixed_point, error. */
  public static Map<String, String[]> index() {
    Map<String, String[]> rows = new LinkedHashMap<>();
    List<String> lines = List.of(read(dir().resolve("corpus-index.tsv")).split("\n"));
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      rows.put(cols[0], cols);
    }
    return rows;
  }

  /** Reads a file as strict UTF-8, keeping every byte (CR, tabs, BOM). */
  public static String read(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
