package io.gongkai.ingest.word;

import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import io.gongkai.model.SourceInfo;
import java.util.List;

/**
 * Writes a synthetic report as DOCX (and DOC through LibreOffice) into a folder, to look at or to refresh the committed
 * fixtures: {@code main(outDir, seed)}. The expected JSON beside each is written by {@link WordGoldenTest#main}.
 */
public final class WordFixtureMain {
  private WordFixtureMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    long seed = Long.parseLong(args[1]);
    String name = args.length > 2 ? args[2] : "report-" + seed;
    List<Layout.Part> parts = Layout.parts(new ReportGenerator(seed).next(ReportGenerator.Blanks.ANY));
    Path docx = Files.write(dir.resolve(name + ".docx"), new DocxWriter(seed, true).write(parts).bytes());
    Path doc = Soffice.convert(List.of(docx), "doc", dir).get(0);
    SourceInfo source = new SourceInfo(name, "0".repeat(64), "doc");
    boolean docxOk = Shapes.ofBlocks(new DocxReader().read(Files.readAllBytes(docx), source).blocks())
        .equals(Shapes.ofParts(parts));
    boolean docOk = Shapes.ofBlocks(new DocReader().read(Files.readAllBytes(doc), source).blocks())
        .equals(Shapes.ofParts(parts));
    System.out.println(docx + " reads as the report: " + docxOk + "; " + doc + ": " + docOk);
  }
}
