package io.gongkai.ingest.word;

import io.gongkai.UnreadableInputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts a Word file to DOCX with LibreOffice ({@code soffice --headless --convert-to docx}), for the binary files
 * POI cannot read (some written by WPS, apache/poi#1041; Word 95; RTF or HTML saved as .doc). Each conversion runs in a
 * fresh temporary directory with its own LibreOffice profile, so parallel conversions do not wait on each other's
 * profile lock, and the directory is deleted afterwards.
 */
final class LibreOffice {
  static final long TIMEOUT_SECONDS = 60;

  private final Path soffice;

  private LibreOffice(Path soffice) {
    this.soffice = soffice;
  }

  /** LibreOffice found on the given search path (the format of the {@code PATH} variable), if installed. */
  static Optional<LibreOffice> find(String searchPath) {
    if (searchPath == null) {
      return Optional.empty();
    }
    return Stream.of(searchPath.split(File.pathSeparator)).filter(d -> !d.isBlank())
        .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst().map(LibreOffice::new);
  }

  /**
   * The DOCX bytes LibreOffice makes of {@code bytes}.
   *
   * @param file the file as the user named it, for the message
   * @param poiFailure why POI could not read it, for the message
   * @throws UnreadableInputException when LibreOffice fails, times out or writes nothing
   */
  byte[] toDocx(byte[] bytes, String file, String poiFailure) {
    try {
      Path dir = Files.createTempDirectory("gongkai-soffice-");
      try {
        return convert(bytes, dir);
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw failed(file, poiFailure, e.toString(), e);
    } catch (ConversionFailed e) {
      throw failed(file, poiFailure, e.getMessage(), null);
    }
  }

  private byte[] convert(byte[] bytes, Path dir) throws IOException, ConversionFailed {
    // The input's name says .doc whatever it was: soffice picks the MS Works filter for a .wps name.
    Path input = Files.write(dir.resolve("input.doc"), bytes);
    Path out = Files.createDirectory(dir.resolve("out"));
    Path log = dir.resolve("soffice.log");
    Process process = new ProcessBuilder(soffice.toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "docx", "--outdir", out.toString(), input.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    await(process);
    Path docx = out.resolve("input.docx");
    if (!Files.isRegularFile(docx) || Files.size(docx) == 0) {
      throw new ConversionFailed("LibreOffice wrote no DOCX (exit " + process.exitValue() + "): "
          + Files.readString(log, StandardCharsets.UTF_8).strip());
    }
    return Files.readAllBytes(docx);
  }

  private static UnreadableInputException failed(String file, String poiFailure, String why, Throwable cause) {
    return new UnreadableInputException(file, "POI 和 LibreOffice 都无法读取此 Word 文件（文件可能已损坏）"
        + " neither POI nor LibreOffice can read this Word file (it may be damaged). POI: " + poiFailure
        + "; LibreOffice: " + why, cause);
  }

  private static void await(Process process) throws ConversionFailed {
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        stop(process);
        throw new ConversionFailed("LibreOffice did not finish within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      stop(process);
      Thread.currentThread().interrupt();
      throw new ConversionFailed("interrupted while LibreOffice was converting");
    }
  }

  /** Ends the soffice process this class started, and the processes it started in turn. */
  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** LibreOffice could not convert the file; the message says why. Never leaves this class. */
  private static final class ConversionFailed extends Exception {
    private static final long serialVersionUID = 1L;

    ConversionFailed(String message) {
      super(message);
    }
  }
}
