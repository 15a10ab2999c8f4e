package dev.stackgen.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for the inputs of {@code generate} to change, for {@code generate --watch}: the catalog
 * ({@code stackgen.hcl}, {@code stackgen.d/*.hcl}) and every file below the templates folder, if any.
 * Files generate writes (everything else in the repository) are not watched, so a run never wakes the
 * watch. Changes within the debounce of each other are one change.
 */
public final class Watcher implements Closeable {
  private final Path repo;
  private final Path templates;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /**
   * @param templates the templates folder (watched with its sub-folders), or null
   */
  public Watcher(Path repo, Path templates) throws IOException {
    this.repo = repo.toAbsolutePath().normalize();
    this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    this.service = FileSystems.getDefault().newWatchService();
    register(this.repo);
    register(this.repo.resolve("stackgen.d"));
    if (this.templates != null) {
      try (Stream<Path> s = Files.walk(this.templates)) {
        for (Path p : s.filter(Files::isDirectory).toList()) {
          register(p);
        }
      }
    }
  }

  private void register(Path folder) throws IOException {
    if (Files.isDirectory(folder) && !folders.containsValue(folder)) {
      folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
    }
  }

  /** Whether a change to {@code path} changes what generate makes. */
  private boolean relevant(Path path) {
    if (path.equals(repo.resolve("stackgen.hcl"))) {
      return true;
    }
    if (path.getParent() != null && path.getParent().equals(repo.resolve("stackgen.d"))) {
      return path.getFileName().toString().endsWith(".hcl");
    }
    return templates != null && path.startsWith(templates);
  }

  /**
   * Blocks until an input changed and no further change came for {@code debounce}; returns the changed
   * files relative to the repository, sorted.
   *
   * @throws InterruptedException when the thread is interrupted (or the watcher closed) while waiting
   */
  public Set<String> awaitChange(Duration debounce) throws IOException, InterruptedException {
    Set<String> changed = new TreeSet<>();
    try {
      while (changed.isEmpty()) {
        collect(service.take(), changed);
      }
      while (true) {
        WatchKey key = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
          return changed;
        }
        collect(key, changed);
      }
    } catch (ClosedWatchServiceException e) {
      throw new InterruptedException("watch closed");
    }
  }

  private void collect(WatchKey key, Set<String> changed) throws IOException {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || !(event.context() instanceof Path name)) {
        continue;
      }
      Path path = folder.resolve(name);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && templates != null && path.startsWith(templates)
          && Files.isDirectory(path)) {
        register(path);
      }
      if (path.equals(repo.resolve("stackgen.d")) && Files.isDirectory(path) && !folders.containsValue(path)) {
        register(path);
        // files written into it before it was watched
        try (Stream<Path> s = Files.list(path)) {
          s.filter(this::relevant).forEach(p -> changed.add(repo.relativize(p).toString()));
        }
      }
      if (relevant(path)) {
        changed.add(repo.relativize(path).toString());
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
