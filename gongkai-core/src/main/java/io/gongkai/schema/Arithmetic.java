package io.gongkai.schema;

import java.util.List;

/**
 * The template's own arithmetic (SPEC §7.1), named once: which rows and columns the identities H1–H4 are about. The
 * extractor uses it to choose between readings of run-together cells, the checks to report where a report breaks it;
 * both take every group (the outcome rows, the parts of a total) from the template order through this class.
 */
public final class Arithmetic {
  /** 一、本年新收政府信息公开申请数量. */
  public static final String NEW_RECEIVED = "new_received";
  /** 二、上年结转政府信息公开申请数量. */
  public static final String CARRIED_OVER = "carried_over";
  /** （七）总计. */
  public static final String TOTAL_PROCESSED = "total_processed";
  /** 四、结转下年度继续办理. */
  public static final String CARRIED_FORWARD = "carried_forward";
  /** The first outcome row, （一）予以公开. */
  public static final String FIRST_OUTCOME = "granted";
  /** A column that sums the columns before it in its group (Table 3 总计, Table 4 总计). */
  public static final String TOTAL = "total";

  private Arithmetic() {}

  /** Whether the block's last column is a total of the others (H3, H4). */
  public static boolean hasTotalColumn(BlockSpec block) {
    return TOTAL.equals(block.columns().get(block.columns().size() - 1).id());
  }

  /** Whether the block carries the Table 3 identities H1 and H2 (it has the four rows they are about). */
  public static boolean hasApplicationIdentities(BlockSpec block) {
    List<String> rows = block.rows().stream().map(RowSpec::id).toList();
    return rows.containsAll(List.of(NEW_RECEIVED, CARRIED_OVER, FIRST_OUTCOME, TOTAL_PROCESSED, CARRIED_FORWARD));
  }

  /** The outcome rows that （七）总计 adds up (H2): from （一）予以公开 up to the row before （七）总计. */
  public static List<RowSpec> outcomeRows(BlockSpec block) {
    List<String> ids = block.rows().stream().map(RowSpec::id).toList();
    return block.rows().subList(ids.indexOf(FIRST_OUTCOME), ids.indexOf(TOTAL_PROCESSED));
  }
}
