package dev.stackgen.importer;

import dev.stackgen.hcl.HclFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Public-style Terragrunt repositories from a seed, for {@link ImportWildTest}: every shape issue 21 lists,
 * mixed by the seed. The root file is {@code terragrunt.hcl}, {@code root.hcl} or {@code main.hcl} (or one
 * root per environment, none at the top); the layout is flat, an account/region tree or environments with
 * {@code _envcommon}; the root keys state by {@code path_relative_to_include()}, writes its backend with
 * {@code generate "backend"} or has no backend at all; it may hold a {@code catalog} block. Folder names
 * take upper case, dots and underscores; files may end without a final newline, start with blank lines or
 * use CRLF line endings; units may include the root twice under two labels, depend on each other, source a
 * local module of the repository; there are dot folders, a {@code terragrunt.stack.hcl}, and symbolic links
 * (a unit file and a folder inside the repository, a file leading outside it). Every file is canonical HCL
 * (formatted by stackgen's formatter, which is byte-identical to {@code terraform fmt}).
 */
final class WildRepoGenerator {
  private static final List<String> ROOT_NAMES = List.of("terragrunt.hcl", "root.hcl", "main.hcl");
  private static final List<String> ENVS = List.of("prod", "Staging", "dev", "QA", "sandbox.eu");
  private static final List<String> REGIONS = List.of("us-east-1", "eu.west.1", "US-West-2", "_global", "ap_south_1");
  private static final List<String> COMPONENTS = List.of("vpc", "mysql", "Web_Server", "redis", "app-v2", "IAM",
      "dns.zone", "eks", "bastion", "s3_logs");

  private final Random random;
  private final Path repo;
  private final Path outside;
  private final List<String> notes = new ArrayList<>();

  private WildRepoGenerator(long seed, Path repo) {
    this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L); // spread the small seeds
    this.repo = repo;
    this.outside = repo.resolveSibling(repo.getFileName() + "-outside");
  }

  /** Writes the repository of {@code seed} into {@code repo} (created); returns what it holds, for the report. */
  static List<String> write(long seed, Path repo) throws IOException {
    WildRepoGenerator g = new WildRepoGenerator(seed, repo);
    g.build();
    return g.notes;
  }

  /**
   * The repositories the value tests read: the {@code fixtures} given, every repository of the wild corpus,
   * then those of seeds 1 to {@code seeds} written into {@code tmp}.
   */
  static List<Path> corpus(Path tmp, int seeds, Path... fixtures) throws IOException {
    List<Path> roots = new ArrayList<>(List.of(fixtures));
    try (java.util.stream.Stream<Path> s = Files.list(Path.of("src/test/resources/wild-corpus"))) {
      s.filter(Files::isDirectory).sorted().forEach(roots::add);
    }
    for (int seed = 1; seed <= seeds; seed++) {
      Path repo = tmp.resolve("gen-" + seed);
      write(seed, repo);
      roots.add(repo);
    }
    return roots;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private <T> List<T> some(List<T> from, int min, int max) {
    List<T> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, random);
    return copy.subList(0, min + random.nextInt(max - min + 1));
  }

  private void build() throws IOException {
    Files.createDirectories(repo);
    int style = random.nextInt(4); // 0 flat, 1 account/region tree, 2 envs + _envcommon, 3 one root per env
    String rootName = pick(ROOT_NAMES);
    if (style == 3 && rootName.equals("terragrunt.hcl")) {
      rootName = "root.hcl"; // a terragrunt.hcl below the top is a unit
    }
    notes.add("root " + (style == 3 ? "one " + rootName + " per environment" : rootName));
    String include = rootName.equals("terragrunt.hcl") ? "find_in_parent_folders()"
        : "find_in_parent_folders(\"" + rootName + "\")";
    String root = rootFile();
    List<String> units = new ArrayList<>();
    switch (style) {
      case 0 -> {
        notes.add("flat");
        String top = pick(List.of("units", "live", "Infra"));
        for (String c : some(COMPONENTS, 3, 6)) {
          units.add(top + "/" + c);
        }
      }
      case 1 -> {
        notes.add("account/region tree");
        for (String env : some(ENVS, 2, 3)) {
          hcl(env + "/account.hcl", "locals {\n  account_name = \"" + env + "\"\n  account_id = \""
              + (100000000000L + random.nextInt(1 << 30)) + "\"\n}\n");
          for (String region : some(REGIONS, 1, 2)) {
            hcl(env + "/" + region + "/region.hcl", "locals {\n  aws_region = \"" + region.toLowerCase() + "\"\n}\n");
            for (String c : some(COMPONENTS, 2, 3)) {
              units.add(env + "/" + region + "/" + c);
            }
          }
        }
      }
      default -> {
        notes.add(style == 2 ? "environments with _envcommon" : "one root per environment");
        List<String> components = some(COMPONENTS, 2, 3);
        if (style == 2) {
          for (String c : components) {
            hcl("_envcommon/" + c + ".hcl", "locals {\n  env_vars = read_terragrunt_config(find_in_parent_folders("
                + "\"env.hcl\"))\n  base_source_url = \"git::https://git.example.org/modules.git//" + c + "\"\n}\n\n"
                + "inputs = {\n  name = \"" + c + "-${local.env_vars.locals.env}\"\n}\n");
          }
        }
        for (String env : some(ENVS, 2, 3)) {
          String base = style == 3 ? "live/" + env : env;
          hcl(base + "/env.hcl", "locals {\n  env = \"" + env + "\"\n}\n");
          if (style == 3) {
            hcl(base + "/" + rootName, root);
          }
          for (String c : components) {
            units.add(base + "/" + c);
          }
        }
      }
    }
    if (style != 3) {
      hcl(rootName, root);
    }
    boolean twice = chance(0.3);
    if (twice) {
      notes.add("root included twice (two labels)");
    }
    if (units.stream().anyMatch(u -> !u.equals(u.toLowerCase()))) {
      notes.add("upper-case folder names");
    }
    if (units.stream().anyMatch(u -> u.contains(".") || u.contains("_"))) {
      notes.add("dots or underscores in folder names");
    }
    for (int i = 0; i < units.size(); i++) {
      unit(units, i, include, style == 2, twice);
    }
    extras(units, include);
  }

  private String rootFile() {
    StringBuilder b = new StringBuilder();
    if (chance(0.4)) {
      notes.add("catalog block");
      b.append("catalog {\n  urls = [\n    \"https://github.com/example/terraform-aws-modules\",\n  ]\n}\n\n");
    }
    b.append("locals {\n  project = \"").append(pick(List.of("acme", "Example", "lab"))).append("\"\n}\n\n");
    switch (random.nextInt(3)) {
      case 0 -> {
        notes.add("remote_state keyed by path_relative_to_include()");
        b.append("remote_state {\n  backend = \"s3\"\n  generate = {\n    path = \"backend.tf\"\n    if_exists ="
            + " \"overwrite_terragrunt\"\n  }\n  config = {\n    bucket = \"${local.project}-tfstate\"\n    key ="
            + " \"${path_relative_to_include()}/terraform.tfstate\"\n    region = \"eu-west-1\"\n    encrypt ="
            + " true\n  }\n}\n\n");
      }
      case 1 -> {
        notes.add("generate \"backend\"");
        b.append("generate \"backend\" {\n  path = \"backend.tf\"\n  if_exists = \"overwrite_terragrunt\"\n"
            + "  contents = <<EOF\nterraform {\n  backend \"gcs\" {\n    bucket = \"tfstate\"\n    prefix ="
            + " \"${path_relative_to_include()}\"\n  }\n}\nEOF\n}\n\n");
      }
      default -> notes.add("no backend in the root");
    }
    b.append("inputs = {\n  project = local.project\n}\n");
    return b.toString();
  }

  private void unit(List<String> units, int index, String include, boolean envcommon, boolean twice)
      throws IOException {
    String dir = units.get(index);
    String name = dir.substring(dir.lastIndexOf('/') + 1);
    StringBuilder b = new StringBuilder();
    if (chance(0.3)) {
      b.append("# ").append(name).append(" of ").append(dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/'))
          : "the repository").append(".\n");
    }
    b.append("include \"root\" {\n  path = ").append(include).append("\n}\n\n");
    if (twice && index % 2 == 0) {
      // a second include of the same file under another label, exposed: Terragrunt accepts it
      b.append("include \"common\" {\n  path = ").append(include).append("\n  expose = true\n}\n\n");
    }
    if (envcommon) {
      String c = name;
      b.append("include \"envcommon\" {\n  path = \"${dirname(find_in_parent_folders(\"env.hcl\"))}/../_envcommon/")
          .append(c).append(".hcl\"\n  expose = true\n}\n\n");
      b.append("terraform {\n  source = \"${include.envcommon.locals.base_source_url}?ref=v1.").append(random.nextInt(
          9)).append(".0\"\n}\n\n");
    } else if (chance(0.3)) {
      String module = name.toLowerCase().replaceAll("[^a-z0-9]", "_");
      Files.createDirectories(repo.resolve("modules/" + module));
      Files.writeString(repo.resolve("modules/" + module + "/main.tf"), "variable \"name\" {\n  type = string\n}\n");
      String source = chance(0.5) ? "${get_repo_root()}/modules/" + module
          : "../".repeat(dir.split("/").length) + "modules//" + module;
      b.append("terraform {\n  source = \"").append(source).append("\"\n}\n\n");
      notes.add("local module source");
    } else {
      b.append("terraform {\n  source = \"git::https://git.example.org/modules.git//").append(name.toLowerCase())
          .append("?ref=v2.").append(random.nextInt(5)).append(".0\"\n}\n\n");
    }
    if (index > 0 && units.get(index - 1).startsWith(dir.substring(0, Math.max(0, dir.lastIndexOf('/'))))
        && chance(0.6)) {
      String other = units.get(index - 1);
      String target = other.substring(other.lastIndexOf('/') + 1);
      if (chance(0.5)) {
        b.append("dependency \"").append(target.toLowerCase().replaceAll("[^a-z0-9_]", "_"))
            .append("\" {\n  config_path = \"../").append(target).append("\"\n\n  mock_outputs = {\n    id = \"mock\"\n"
                + "  }\n}\n\n");
      } else {
        b.append("dependencies {\n  paths = [\"../").append(target).append("\"]\n}\n\n");
      }
    }
    b.append("inputs = {\n  name = \"").append(name).append("\"\n  size = ").append(1 + random.nextInt(8))
        .append("\n  tags = {\n    Team = \"platform\"\n  }\n}\n");
    hcl(dir + "/terragrunt.hcl", b.toString());
  }

  /** Dot folders, a stack file, symbolic links and a README beside the units. */
  private void extras(List<String> units, String include) throws IOException {
    if (chance(0.5)) {
      notes.add("dot folders");
      hcl(".github/ci/terragrunt.hcl", "include \"root\" {\n  path = " + include + "\n}\n");
      hcl(".terragrunt-cache/x1y2/terragrunt.hcl", "inputs = {}\n");
      Files.writeString(repo.resolve(".github/ci/plan.yml"), "on: push\n");
    }
    if (chance(0.4)) {
      notes.add("terragrunt.stack.hcl");
      hcl("stacks/platform/terragrunt.stack.hcl", "unit \"net\" {\n  source = \"git::https://git.example.org/"
          + "catalog.git//units/net?ref=v1.0.0\"\n  path = \"net\"\n}\n\nunit \"dns\" {\n  source = \"git::https://"
          + "git.example.org/catalog.git//units/dns?ref=v1.0.0\"\n  path = \"dns\"\n\n  values = {\n    zone ="
          + " \"example.org\"\n  }\n}\n");
    }
    Files.writeString(repo.resolve("README.md"), "# live\n");
    if (chance(0.5)) {
      notes.add("symbolic links");
      String first = units.get(0);
      String linked = first + "-copy";
      Files.createDirectories(repo.resolve(linked));
      Files.createSymbolicLink(repo.resolve(linked + "/terragrunt.hcl"), Path.of("../"
          + first.substring(first.lastIndexOf('/') + 1) + "/terragrunt.hcl"));
      String parent = first.contains("/") ? first.substring(0, first.lastIndexOf('/')) : "";
      if (!parent.isEmpty()) {
        Files.createSymbolicLink(repo.resolve(parent + "-latest"), repo.resolve(parent).getFileName());
      }
      Files.createDirectories(outside);
      Files.writeString(outside.resolve("shared.hcl"), "locals {\n  shared = true\n}\n");
      Files.createSymbolicLink(repo.resolve("shared.hcl"), Path.of("..", outside.getFileName().toString(),
          "shared.hcl"));
    }
  }

  /** A canonical .hcl file, then (by chance) without its final newline, with leading blank lines, or CRLF. */
  private void hcl(String path, String text) throws IOException {
    String out = HclFormatter.format(text, path);
    boolean root = ROOT_NAMES.contains(path.substring(path.lastIndexOf('/') + 1)) && !path.endsWith("/terragrunt.hcl");
    double r = random.nextDouble();
    if (r < 0.25) {
      out = out.substring(0, out.length() - 1); // terraform fmt keeps a file without its final newline
      notes.add("no final newline");
    } else if (r < 0.32) {
      out = "\n" + out;
      notes.add("leading blank line");
    } else if (r < 0.42 && !root) {
      out = out.replace("\n", "\r\n");
      notes.add("CRLF");
    }
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, out.getBytes(StandardCharsets.UTF_8));
  }
}
