package io.gongkai.ingest.pdf;

import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Prints our reading time against PDFBox's own text extraction for the PDFs given as arguments. */
public final class PdfSpeed {
  private PdfSpeed() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      byte[] bytes = Files.readAllBytes(Path.of(arg));
      int rounds = 30;
      long ours = 0;
      long theirs = 0;
      for (int i = 0; i < rounds * 2; i++) {
        long t0 = System.nanoTime();
        new PdfReader().read(bytes, new SourceInfo(arg, "-", "pdf"));
        long t1 = System.nanoTime();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          new PDFTextStripper().getText(doc);
        }
        long t2 = System.nanoTime();
        if (i >= rounds) {
          ours += t1 - t0;
          theirs += t2 - t1;
        }
      }
      System.out.printf("%s: ours %.1f ms, PDFTextStripper.getText %.1f ms, ratio %.2f%n", Path.of(arg).getFileName(),
          ours / 1e6 / rounds, theirs / 1e6 / rounds, (double) ours / theirs);
    }
  }
}
