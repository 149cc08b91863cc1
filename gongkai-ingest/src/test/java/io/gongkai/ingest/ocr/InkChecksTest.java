package io.gongkai.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ink's own votes on a reading, on glyphs as a 200-dpi scan binarised them (drawn here as text). */
class InkChecksTest {
  /** A 0 from a scan whose ring closes only through a corner on the left (it was refused as having no hole). */
  private static final String ZERO_CLOSED_AT_A_CORNER = """
      ...#######...
      ..#########..
      .###.....###.
      .##......###.
      ###.......##.
      ###.......###
      ##........###
      ##........###
      ##........###
      ###........##
      ###.......###
      ##........###
      ..#.......###
      .##.......##.
      .###.....###.
      ..#########..
      ....######...
      """;

  /** A 0 with a speck stuck under it, which moved its hole's middle up to where a 9's is. */
  private static final String ZERO_WITH_A_SPECK_BELOW = """
      ...#######...
      ..#########..
      .###.....###.
      .##.......##.
      ###.......###
      ###.......###
      ##........###
      ##.........##
      ##.........##
      ###........##
      ###.......###
      ###.......###
      .##.......##.
      .##.......##.
      ..##.....###.
      ..#########..
      ...#######...
      ......#......
      """;

  private static final String SLASH = """
      ........##
      .......##.
      .......##.
      ......##..
      ......##..
      .....##...
      .....##...
      ....##....
      ....##....
      ...##.....
      ...##.....
      ..##......
      ..##......
      .##.......
      .##.......
      ##........
      """;

  private static final String SEVEN = """
      ##########
      ##########
      .......##.
      .......##.
      ......##..
      ......##..
      .....##...
      .....##...
      ....##....
      ....##....
      ...##.....
      ...##.....
      ..##......
      ..##......
      .##.......
      .##.......
      """;

  @Test
  void aZeroWhoseRingClosesAtACornerKeepsItsHole() {
    Pieces p = Pieces.of(bitmap(ZERO_CLOSED_AT_A_CORNER), 4);
    assertThat(p.allow("0")).isTrue();
    assertThat(p.allow("9")).isFalse();
    assertThat(p.allow("6")).isFalse();
  }

  @Test
  void aSpeckStuckToAZeroDoesNotMakeItANine() {
    Pieces p = Pieces.of(bitmap(ZERO_WITH_A_SPECK_BELOW), 4);
    assertThat(p.allow("0")).isTrue();
    assertThat(p.allow("9")).isFalse();
  }

  @Test
  void twoTouchingDigitsMayBeOnePieceButOneNarrowPieceIsOneDigit() {
    Bitmap zero = bitmap(ZERO_CLOSED_AT_A_CORNER);
    Bitmap pair = new Bitmap(2 * zero.width - 1, zero.height);
    for (int y = 0; y < zero.height; y++) {
      for (int x = 0; x < zero.width; x++) {
        pair.set(x, y, pair.at(x, y) || zero.at(x, y));
        pair.set(x + zero.width - 1, y, zero.at(x, y));
      }
    }
    assertThat(Pieces.of(pair, 4).allow("00")).isTrue();
    assertThat(Pieces.of(pair, 4).allow("0")).isFalse();
    assertThat(Pieces.of(zero, 4).allow("00")).isFalse();
    assertThat(Pieces.of(zero, 4).confirm("0")).isTrue();
  }

  @Test
  void aSlashHasNoBarAlongItsTopAndASevenHas() {
    assertThat(Marks.shaped("/", bitmap(SLASH), 4)).isTrue();
    assertThat(Marks.shaped("/", bitmap(SEVEN), 4)).isFalse();
  }

  @Test
  void theChineseModelsReadingsOfADashAreADash() {
    assertThat(Marks.canonical("一")).isEqualTo("—");
    assertThat(Marks.canonical("-一")).isEqualTo("—");
    assertThat(Marks.canonical("／")).isEqualTo("/");
    assertThat(Marks.isMark("无")).isTrue();
    assertThat(Marks.isMark("7")).isFalse();
  }

  private static Bitmap bitmap(String art) {
    String[] rows = art.strip().split("\n");
    Bitmap b = new Bitmap(rows[0].length(), rows.length);
    for (int y = 0; y < rows.length; y++) {
      for (int x = 0; x < rows[y].length(); x++) {
        b.set(x, y, rows[y].charAt(x) == '#');
      }
    }
    return b;
  }
}
