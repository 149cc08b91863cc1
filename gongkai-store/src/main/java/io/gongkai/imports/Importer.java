package io.gongkai.imports;

import io.gongkai.GongkaiException;
import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.Report;
import io.gongkai.store.NewDocument;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredDocument;
import io.gongkai.store.Stored;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Imports files into the store on a pool of threads. A file whose bytes are stored already is not read again (unless
 * re-reading is asked for and this extractor version has not read it); a new one is read, checked and stored in one
 * transaction. No exception from one file escapes: it becomes that file's outcome.
 */
public final class Importer {
  private final ReportStore store;
  private final Supplier<DocumentReader> readers;
  private final ImportOptions options;

  /**
   * @param readers makes one reader per thread
   */
  public Importer(ReportStore store, Supplier<DocumentReader> readers, ImportOptions options) {
    this.store = store;
    this.readers = readers;
    this.options = options;
  }

  /** Imports {@code files}, handing each outcome to {@code each} in the order of {@code files}, as it is known. */
  public ImportSummary run(List<Path> files, Consumer<FileOutcome> each) {
    return parallel(files, this::importOne, each);
  }

  /**
   * Reads again, with this extractor version, every stored document that no run of this version has read: from the
   * bytes kept in the database, or else from the path it was imported from. A run is added; the old ones are kept.
   */
  public ImportSummary rereadStored(Consumer<FileOutcome> each) {
    return parallel(store.documentsWithoutRun(options.extractorVersion()), this::rereadOne, each);
  }

  /** Imports one file on the calling thread. */
  public FileOutcome importOne(DocumentReader reader, Path file) {
    return guarded(file, () -> {
      byte[] bytes = TextDocuments.readBytes(file);
      String sha = TextDocuments.sha256(bytes);
      Optional<Long> known = store.documentId(sha);
      if (known.isPresent()) {
        return again(reader, file, bytes, known.get());
      }
      Report report = reader.read(bytes, name(file));
      Stored stored = store.add(new NewDocument(sha, name(file), file.toAbsolutePath().toString(), null, bytes,
          options.keepBytes(), report, options.extractorVersion()));
      return new FileOutcome(file, stored.added() ? FileOutcome.Kind.ADDED : FileOutcome.Kind.UNCHANGED,
          stored.documentId(), null);
    });
  }

  private FileOutcome again(DocumentReader reader, Path file, byte[] bytes, long document) {
    if (!options.reread() || store.hasRun(document, options.extractorVersion())) {
      return new FileOutcome(file, FileOutcome.Kind.UNCHANGED, document, null);
    }
    return reread(reader, file, bytes, document, name(file));
  }

  private FileOutcome rereadOne(DocumentReader reader, StoredDocument doc) {
    Path shown = Path.of(doc.path() != null ? doc.path() : doc.fileName());
    return guarded(shown, () -> {
      Optional<byte[]> kept = store.content(doc.id());
      if (kept.isEmpty() && doc.path() == null) {
        return FileOutcome.failed(shown, shown + ": 未保存原文件内容，也不知道其路径 neither the bytes nor the path were kept");
      }
      byte[] bytes = kept.isPresent() ? kept.get() : TextDocuments.readBytes(shown);
      return reread(reader, shown, bytes, doc.id(), doc.fileName());
    });
  }

  private FileOutcome reread(DocumentReader reader, Path file, byte[] bytes, long document, String fileName) {
    boolean added = store.addRun(document, reader.read(bytes, fileName), options.extractorVersion());
    return new FileOutcome(file, added ? FileOutcome.Kind.REREAD : FileOutcome.Kind.UNCHANGED, document, null);
  }

  /** Runs the work on one file, turning any failure into that file's outcome. */
  private static FileOutcome guarded(Path file, Supplier<FileOutcome> work) {
    try {
      return work.get();
    } catch (UnreadableInputException e) {
      // Readers of bytes name the file by its name alone; the person needs the path they gave.
      return FileOutcome.failed(file, e.file().equals(file.toString()) ? e.getMessage() : file + ": " + e.reason());
    } catch (GongkaiException e) {
      return FileOutcome.failed(file, file + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug on one odd file must not cost the other few hundred reports of the run.
      return new FileOutcome(file, FileOutcome.Kind.INTERNAL_ERROR, null, file + ": " + e);
    }
  }

  private <T> ImportSummary parallel(List<T> items, BiFunction<DocumentReader, T, FileOutcome> task,
      Consumer<FileOutcome> each) {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, items.size())), r -> {
      Thread t = new Thread(r, "gongkai-import");
      t.setDaemon(true);
      return t;
    });
    List<FileOutcome> outcomes = new ArrayList<>(items.size());
    try {
      ThreadLocal<DocumentReader> reader = ThreadLocal.withInitial(readers);
      List<Future<FileOutcome>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(reader.get(), item)));
      }
      for (Future<FileOutcome> f : futures) {
        FileOutcome o = await(f);
        outcomes.add(o);
        each.accept(o);
      }
    } finally {
      pool.shutdownNow();
    }
    return new ImportSummary(outcomes, System.nanoTime() - started);
  }

  private static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static FileOutcome await(Future<FileOutcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("import task failed", e.getCause());
    }
  }
}
