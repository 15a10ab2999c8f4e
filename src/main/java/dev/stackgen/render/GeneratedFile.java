package dev.stackgen.render;

import java.util.Objects;

/**
 * One owned file as stackgen renders it: a repository-relative path with forward slashes, its
 * exact content, and the stack it belongs to ({@code null} for the root file).
 */
public record GeneratedFile(String path, String content, String stack) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
