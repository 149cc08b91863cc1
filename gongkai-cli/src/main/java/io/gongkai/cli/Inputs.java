package io.gongkai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into the files to read. Files named explicitly are always taken, whatever
 * their name, so a report saved as {@code .htm} or without an extension is still tried; inside folders only files that
 * look like reports (by extension) are taken, so a folder of mixed downloads does not drown the run in refusals.
 */
final class Inputs {
  /** Extensions taken when walking a folder: the formats reports are published in. */
  static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "shtml",
      "docx", "doc", "wps", "pdf", "png", "jpg", "jpeg", "tif", "tiff");

  private Inputs() {}

  /** The files under {@code paths} in a stable order; a path that does not exist is kept, to be reported. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        files.addAll(walk(p));
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(Inputs::isReport).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0
        && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
