package io.gongkai.export;

import io.gongkai.export.Column.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The columns that name a report, first in both shapes, and their values. */
final class ReportColumns {
  static final List<Column> COLUMNS = List.of(
      new Column("organ", "机关", "机关名称（首次读入时的写法） organ, as its name was first read", Kind.TEXT),
      new Column("region", "地区", "机关名称开头的行政区划 administrative units the organ's name starts with",
          Kind.TEXT),
      new Column("level", "级别", "province/city/county/township/subdistrict/department（省/市/县/乡镇/街道/部门）",
          Kind.TEXT),
      new Column("year", "年度", "报告所属年度（不是发布年份） the year the report covers, not the year published",
          Kind.INTEGER),
      new Column("edition", "版本", "模板版本 template edition: 2019（国办公开办函〔2019〕60号） or 2021（〔2021〕30号）",
          Kind.TEXT));

  private ReportColumns() {}

  /** The report's values for {@link #COLUMNS}, followed by {@code more}. */
  static List<Object> values(SelectedReport r, Object... more) {
    List<Object> v = new ArrayList<>(COLUMNS.size() + more.length);
    v.add(r.organ());
    v.add(r.region());
    v.add(r.level() == null ? null : r.level().code());
    v.add(r.year());
    v.add(r.edition().code());
    v.addAll(Arrays.asList(more));
    return v;
  }
}
