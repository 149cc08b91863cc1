package io.gongkai.bench;

import io.gongkai.app.ReportReader;
import io.gongkai.extract.Normalizer;
import io.gongkai.ingest.TextDocuments;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of reading a whole corpus, one operation = every report once, single-threaded (so per core). {@link
 * #readNormalise} is the floor any reader pays: decode the bytes and normalise the text. {@link #parseCheck} is what
 * the product does: the full application service from bytes to a checked report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseCheckBenchmark {
  /** Which inputs: {@code seeds} or {@code generated}. */
  @Param({Corpus.SEEDS, Corpus.GENERATED})
  public String corpus;

  private String[] names;
  private byte[][] bytes;
  private ReportReader reader;

  /** Loads the corpus once per fork; reading files is not what is measured. */
  @Setup
  public void load() {
    Corpus c = Corpus.load(corpus);
    if (c.size() == 0) {
      throw new IllegalStateException("corpus " + corpus + " is empty (seeds folder not found?)");
    }
    names = c.names().toArray(String[]::new);
    bytes = c.bytes().toArray(byte[][]::new);
    reader = new ReportReader();
  }

  /** Decode and normalise every report. */
  @Benchmark
  public void readNormalise(Blackhole bh) {
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(Normalizer.normalize(TextDocuments.decode(bytes[i], names[i])));
    }
  }

  /** Read and check every report, from bytes to findings. */
  @Benchmark
  public void parseCheck(Blackhole bh) {
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(reader.read(TextDocuments.of(bytes[i], names[i])));
    }
  }
}
