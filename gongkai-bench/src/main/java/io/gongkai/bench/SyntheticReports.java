package io.gongkai.bench;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.SectionSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates valid reports of the 2019 and 2021 editions as plain text, tables tab-separated as a web page copied to a
 * text file prints them. Labels and layout come from the template registry; the numbers are random but satisfy the
 * template's identities, so a correct reader finds no errors in them. The narrative is our own filler.
 */
public final class SyntheticReports {
  private static final String[] PLACES = {"东川县", "南湖区", "西岭镇", "北江市", "青石乡", "云台县", "白沙街道", "临河区"};
  private static final String[] ORGANS = {"人民政府", "交通运输局", "生态环境局", "农业农村局", "市场监督管理局", "办事处"};

  private final Template template = Template.standard();

  /** {@code count} reports, alternating 2021 and 2019 editions, reproducible from {@code seed}. */
  public List<String> generate(int count, long seed) {
    Random rnd = new Random(seed);
    List<String> reports = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean newer = i % 2 == 0;
      int year = newer ? 2021 + rnd.nextInt(4) : 2019 + rnd.nextInt(2);
      String agency = PLACES[rnd.nextInt(PLACES.length)] + ORGANS[rnd.nextInt(ORGANS.length)];
      reports.add(report(newer ? Edition.E2021 : Edition.E2019, year, agency, rnd));
    }
    return reports;
  }

  /** One report of {@code edition} for {@code year}. */
  public String report(Edition edition, int year, String agency, Random rnd) {
    EditionSpec spec = template.edition(edition).orElseThrow(() -> new IllegalArgumentException("no tables: " + edition));
    Map<String, Map<String, Map<String, String>>> values = new LinkedHashMap<>();
    for (TableSpec table : spec.tables()) {
      values.put(table.id(), SyntheticValues.table(table, rnd));
    }
    StringBuilder out = new StringBuilder();
    out.append(agency).append(year).append("年政府信息公开工作年度报告\n");
    out.append("发布日期：").append(year + 1).append("-01-").append(10 + rnd.nextInt(19)).append("\n\n");
    for (SectionSpec section : template.sections()) {
      out.append(section.heading()).append("\n\n");
      out.append(narrative(section, agency, values.get("t3"))).append("\n\n");
      for (TableSpec table : spec.tables()) {
        if (table.heading().equals(section.heading())) {
          table(table, values.get(table.id()), out);
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String narrative(SectionSpec section, String agency, Map<String, Map<String, String>> t3) {
    return switch (section.id()) {
      case "一" -> "本年度，" + agency + "按照条例要求推进政务公开。全年新收政府信息公开申请"
          + t3.get("new_received").get("total") + "件，上年结转" + t3.get("carried_over").get("total") + "件，"
          + "结转下年度继续办理" + t3.get("carried_forward").get("total") + "件。";
      case "五" -> "公开栏目更新频率不够稳定，下一年度将建立月度检查制度。";
      case "六" -> "本年度未收取信息处理费，无其他需要报告的事项。";
      default -> "有关数据见下表。";
    };
  }

  private static void table(TableSpec table, Map<String, Map<String, String>> values, StringBuilder out) {
    for (BlockSpec block : table.blocks()) {
      block.caption().ifPresent(c -> out.append(c).append("\t".repeat(block.columns().size())).append('\n'));
      if (block.isSideBySide()) {
        sideBySide(block, values, out);
        continue;
      }
      if (!block.headers().isEmpty()) {
        out.append('\t').append(String.join("\t", block.headers())).append('\n');
      }
      out.append('\t').append(labels(block.columns())).append('\n');
      for (RowSpec row : block.rows()) {
        out.append(row.label());
        for (ColumnSpec col : block.columns()) {
          out.append('\t').append(values.get(row.id()).get(col.id()));
        }
        out.append('\n');
      }
    }
  }

  /** Table 4 as the template prints it: group headers on two lines, column labels per group, one line of values. */
  private static void sideBySide(BlockSpec block, Map<String, Map<String, String>> values, StringBuilder out) {
    List<String> groups = block.sideBySide();
    String gap = "\t".repeat(block.columns().size());
    String labels = labels(block.columns());
    out.append(groups.get(0)).append(gap).append(groups.get(1)).append('\n');
    out.append(labels).append('\t').append(groups.get(2)).append(gap).append(groups.get(3)).append('\n');
    out.append(gap).append(labels).append('\t').append(labels).append('\n');
    List<String> line = new ArrayList<>();
    for (RowSpec row : block.rows()) {
      for (ColumnSpec col : block.columns()) {
        line.add(values.get(row.id()).get(col.id()));
      }
    }
    out.append(String.join("\t", line)).append('\n');
  }

  private static String labels(List<ColumnSpec> columns) {
    return String.join("\t", columns.stream().map(ColumnSpec::label).toList());
  }
}
