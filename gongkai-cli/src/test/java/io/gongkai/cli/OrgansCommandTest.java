package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.schema.Edition;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.SyntheticReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai organs}: list, merge, split, level. */
class OrgansCommandTest {
  @TempDir Path dir;

  @Test
  void organsAreListedMergedSplitAndTheirLevelSet() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    write(reports.resolve("a.txt"), "上海市科学技术委员会", 2022);
    write(reports.resolve("b.txt"), "上海市科委", 2023);
    String db = dir.resolve("db/gongkai").toString();
    assertThat(CliRun.of("import", "--db", db, reports.toString()).code()).isEqualTo(ExitCode.OK);

    CliRun list = CliRun.of("organs", "--db", db, "--lang", "en");
    assertThat(list.code()).isEqualTo(ExitCode.OK);
    assertThat(list.out()).contains("上海市科学技术委员会\tdepartment\t上海市\t1", "上海市科委\tdepartment\t上海市\t1");

    String a = idOf(list.out(), "上海市科学技术委员会");
    String b = idOf(list.out(), "上海市科委");
    CliRun merged = CliRun.of("organs", "merge", "--db", db, "--lang", "en", a, b);
    assertThat(merged.code()).as(merged.err()).isEqualTo(ExitCode.OK);
    assertThat(merged.out()).contains(a + "\t上海市科学技术委员会\tdepartment\t上海市\t2\t上海市科委");

    CliRun split = CliRun.of("organs", "split", "--db", db, "--format", "json", "上海市科委");
    assertThat(split.code()).isEqualTo(ExitCode.OK);
    assertThat(split.out()).contains("\"name\":\"上海市科委\"", "\"reports\":1");

    CliRun level = CliRun.of("organs", "level", "--db", db, "--lang", "zh", a, "省");
    assertThat(level.out()).contains("省*");
    assertThat(CliRun.of("organs", "level", "--db", db, a, "村").code()).isEqualTo(ExitCode.USAGE);
    CliRun missing = CliRun.of("organs", "merge", "--db", db, a, "999");
    assertThat(missing.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(missing.err()).contains("999");
  }

  private static String idOf(String listing, String name) {
    return listing.lines().filter(l -> l.contains("\t" + name + "\t")).findFirst().orElseThrow().split("\t")[0];
  }

  private static void write(Path file, String agency, int year) throws Exception {
    SyntheticReport r = SyntheticReport.zeros(Edition.forYear(year), year, agency);
    Files.writeString(file, Renderer.TAB_SEPARATED.render(r));
  }
}
