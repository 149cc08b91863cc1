package io.gongkai.stats;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.Template;
import java.util.List;

/**
 * The outcomes of Table 3 （三、本年度办理结果） that the statistics show as shares of （七）总计. Each is named here only
 * by its number in the template's labels, （一） to （六）; its rows, its Chinese name and its cells are read from the
 * template, so that the 2019 edition's single （六）其他处理 row and the 2021 edition's three （六） rows both count.
 */
public enum Outcome {
  GRANTED("（一）", "granted", "granted"),
  PARTIALLY_GRANTED("（二）", "partially_granted", "partly granted"),
  DENIED("（三）", "denied", "denied"),
  UNABLE("（四）", "unable", "cannot be provided"),
  REJECTED("（五）", "rejected", "not handled"),
  OTHER("（六）", "other", "other handling");

  /** The column the statistics read: the last one of Table 3, 总计. */
  static final String TOTAL_COLUMN = "total";

  private final String number;
  private final String key;
  private final String en;

  Outcome(String number, String key, String en) {
    this.number = number;
    this.key = key;
    this.en = en;
  }

  /** The name in JSON and CSV. */
  public String key() {
    return key;
  }

  /** The English name. */
  public String en() {
    return en;
  }

  /** The Chinese name as the template prints it, without its number and notes (予以公开, 不予公开, …). */
  public String zh() {
    BlockSpec block = table3(Edition.E2021);
    String label = block.groups().stream().filter(g -> g.startsWith(number)).findFirst()
        .orElseGet(() -> block.rows().stream().map(RowSpec::label).filter(l -> l.startsWith(number)).findFirst()
            .orElseThrow());
    return label.substring(number.length()).replaceFirst("（.*$", "");
  }

  /** The 总计-column cells of this outcome's rows in an edition's Table 3; empty for editions without tables. */
  public List<String> cells(Edition edition) {
    return Template.standard().cells(edition).stream()
        .filter(c -> c.id().table().equals("t3") && c.id().col().equals(TOTAL_COLUMN))
        .filter(c -> c.rowLabel().startsWith(number))
        .map(CellSpec::id).map(Object::toString).toList();
  }

  private static BlockSpec table3(Edition edition) {
    return Template.standard().edition(edition).orElseThrow().table("t3").orElseThrow().blocks().get(0);
  }
}
