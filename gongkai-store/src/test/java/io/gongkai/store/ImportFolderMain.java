package io.gongkai.store;

import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The child process of the crash test: imports every file of a folder into a database and prints one line per file
 * as it is done, so the parent can kill it mid-run. Arguments: JDBC URL, folder, threads.
 */
public final class ImportFolderMain {
  private ImportFolderMain() {}

  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[1]))) {
      files = s.sorted().toList();
    }
    int threads = Integer.parseInt(args[2]);
    try (Database db = Database.open(DatabaseLocation.of(args[0]), threads + 1)) {
      new Importer(new ReportStore(db), TestReaders::allFormats, new ImportOptions(threads, "v1", true, false))
          .run(files, o -> {
            System.out.println(o.kind() + " " + o.file());
            System.out.flush();
          });
    }
  }
}
