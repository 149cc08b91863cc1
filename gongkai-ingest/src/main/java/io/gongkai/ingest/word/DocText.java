package io.gongkai.ingest.word;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The printed text of a binary Word paragraph. Word stores control characters in the text stream: fields as
 * {@code \u0013 code \u0014 result \u0015} (possibly nested; only the result is printed), cell and row marks
 * ({@code \u0007}), paragraph ends ({@code \r}), manual line breaks ({@code \u000b}), anchors of pictures and drawn
 * objects ({@code \u0001}, {@code \u0008}), note and comment references. Deleted revisions and hidden runs are left
 * out as well.
 */
final class DocText {
  private enum FieldPart { CODE, RESULT }

  private final Deque<FieldPart> fields = new ArrayDeque<>();
  private final StringBuilder out = new StringBuilder();

  private DocText() {}

  /** The paragraph's text, untrimmed, line breaks as {@code \n}. */
  static String of(Paragraph p) {
    DocText text = new DocText();
    for (int i = 0; i < p.numCharacterRuns(); i++) {
      CharacterRun run = p.getCharacterRun(i);
      if (!run.isMarkedDeleted() && !run.isVanished()) {
        text.append(run.text());
      }
    }
    return text.out.toString();
  }

  private void append(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u0013' -> fields.push(FieldPart.CODE);
        case '\u0014' -> {
          if (!fields.isEmpty()) {
            fields.pop();
            fields.push(FieldPart.RESULT);
          }
        }
        case '\u0015' -> {
          if (!fields.isEmpty()) {
            fields.pop();
          }
        }
        default -> {
          if (!fields.contains(FieldPart.CODE)) {
            printed(c);
          }
        }
      }
    }
  }

  private void printed(char c) {
    switch (c) {
      case '\u000b', '\u000c' -> out.append('\n'); // manual line break, page or section break
      case '\u001e' -> out.append('-'); // non-breaking hyphen
      case '\t', '\n' -> out.append(c);
      default -> {
        if (c >= ' ') {
          out.append(c);
        }
        // other controls: \r paragraph end, \u0007 cell mark, \u0001/\u0008 objects, \u0002/\u0005 references,
        // \u001f optional hyphen
      }
    }
  }
}
