package io.gongkai.output;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.RowSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a block's group labels (rows of the template that hold no values, such as （三）不予公开) back among its data
 * rows. The registry lists groups apart from rows, so the place of each is inferred from the official numbering: a
 * group numbered （三） goes before the first row numbered （三）; a group whose number no row carries (三、本年度办理结果)
 * goes before the first sub-numbered row, which is where the template prints it.
 */
final class RowLayout {
  private RowLayout() {}

  /** The block's lines in print order: each entry is a {@link RowSpec} or a group label {@link String}. */
  static List<Object> lines(BlockSpec block) {
    List<Object> lines = new ArrayList<>(block.rows());
    for (String group : block.groups()) {
      int at = position(lines, group);
      lines.add(at, group);
    }
    return lines;
  }

  private static int position(List<Object> lines, String group) {
    String number = numbering(group);
    int firstSub = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) instanceof RowSpec row) {
        if (!number.isEmpty() && row.label().startsWith(number)) {
          return i;
        }
        if (firstSub < 0 && row.label().startsWith("（")) {
          firstSub = i;
        }
      }
    }
    return firstSub >= 0 && !number.startsWith("（") ? firstSub : lines.size();
  }

  /** The leading number of a label: （三） or 三、; empty when it has none. */
  static String numbering(String label) {
    if (label.startsWith("（")) {
      int close = label.indexOf('）');
      return close > 0 ? label.substring(0, close + 1) : "";
    }
    int comma = label.indexOf('、');
    return comma > 0 && comma <= 3 ? label.substring(0, comma + 1) : "";
  }
}
