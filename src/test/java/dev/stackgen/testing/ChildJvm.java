package dev.stackgen.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Commands that run stackgen's Main in a child JVM with the test classpath and the test cache folder. */
public final class ChildJvm {
  private ChildJvm() {}

  public static List<String> stackgen(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (System.getProperty("stackgen.cacheDir") != null) {
      command.add("-Dstackgen.cacheDir=" + System.getProperty("stackgen.cacheDir"));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.stackgen.cli.Main");
    command.addAll(List.of(args));
    return command;
  }
}
