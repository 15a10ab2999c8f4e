import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reference for {@code generate} into an empty directory: plain Java creating the same
 * folders and files (same sizes, no rendering, no temp files, no sync): copies every regular file
 * below SOURCE/stacks and SOURCE/terragrunt.hcl into TARGET. Run: WriteFloor SOURCE TARGET
 */
public class WriteFloor {
  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    try (var files = Files.walk(source.resolve("stacks"))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path t = target.resolve(source.relativize(p).toString());
        Files.createDirectories(t.getParent());
        Files.write(t, Files.readAllBytes(p));
      }
    }
    Files.write(target.resolve("terragrunt.hcl"), Files.readAllBytes(source.resolve("terragrunt.hcl")));
  }
}
