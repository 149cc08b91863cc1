package io.gongkai.ingest.pdf;

import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one fixture PDF for looking at: {@code seed mode pageHeight repeatHeader out.pdf}. */
public final class FixtureMain {
  private FixtureMain() {}

  public static void main(String[] a) throws Exception {
    var report = new ReportGenerator(Long.parseLong(a[0])).next(a[1].equals("RULED") ? ReportGenerator.Blanks.ANY : ReportGenerator.Blanks.MARKS);
    var r = PdfFixture.render(Layout.parts(report), PdfFixture.Tables.valueOf(a[1]), Double.parseDouble(a[2]),
        Boolean.parseBoolean(a[3]));
    Files.write(Path.of(a[4]), r.pdf());
  }
}
