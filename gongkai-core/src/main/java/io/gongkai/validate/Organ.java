package io.gongkai.validate;

import java.util.regex.Pattern;

/**
 * What the agency name says about the reporting organ, as far as the rules need it: whether it is a township or
 * street office (local deadlines, no rule-making power), at county level (no rule-making power, SPEC §7.3 P4), and a
 * people's government rather than a department (deadline 31 March rather than 31 January, SPEC §1.2). A name that
 * says nothing yields all false, so rules that need a level stay silent.
 */
record Organ(boolean township, boolean county, boolean government) {
  private static final Pattern TOWNSHIP =
      Pattern.compile("(镇|乡|苏木)(人民)?政府|街道办事处|街道办|街道$|(镇|乡|苏木)$");
  /**
   * 区 and 县 name county-level places, except inside these words: 自治区 is a province, and zones (实验区, 新区,
   * 开发区…) are set up at any level, often by a province (平潭综合实验区), so they say nothing.
   */
  private static final Pattern NOT_COUNTY =
      Pattern.compile("自治区|社区|区域|地区|实验区|试验区|新区|开发区|高新区|自贸区|保税区|示范区");
  private static final Pattern COUNTY = Pattern.compile("[县区]");
  /** A government's own report is often titled by the place alone (…市2020年政府信息公开工作年度报告). */
  private static final Pattern GOVERNMENT = Pattern.compile("政府$|[省市县区州盟旗]$");

  private static final java.util.Map<String, Organ> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** What the name says; names recur across a batch, so each is worked out once (up to a bound). */
  static Organ of(String agency) {
    if (agency == null) {
      return new Organ(false, false, false);
    }
    Organ known = SEEN.get(agency);
    if (known != null) {
      return known;
    }
    Organ organ = read(agency);
    if (SEEN.size() < 100_000) {
      SEEN.put(agency, organ);
    }
    return organ;
  }

  private static Organ read(String agency) {
    String name = Script.simplified(agency).replaceAll("\\s+", "");
    boolean township = TOWNSHIP.matcher(name).find();
    boolean county = township || COUNTY.matcher(NOT_COUNTY.matcher(name).replaceAll("")).find();
    return new Organ(township, county, GOVERNMENT.matcher(name).find());
  }

  /** Whether the organ cannot make 规章 (only State Council departments, provinces and 设区的市 can). */
  boolean cannotMakeRegulations() {
    return township || county;
  }
}
