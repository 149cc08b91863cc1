package io.gongkai.extract.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title facts of a report: the year it covers, the organ that reports, the publication date. Read from the title
 * line ({@code …2020年度政府信息公开工作年度报告}), page headers ({@code 发布时间: 2021-02-08}) and the closing date.
 */
public record Metadata(Integer year, String agency, LocalDate published) {
  private static final Pattern TITLE = Pattern.compile(
      "^[\\s#*>\\-]*(?:标题|题目)?[:：]?\\s*(.*?)\\s*((?:19|20)\\d{2})\\s*年\\s*度?\\s*(?:政府)?(?:信息公开|政务公开)[^\\n]{0,8}报");
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "^[\\s#*>\\-]*((?:19|20)\\d{2})\\s*年\\s*度?\\s*([^\\s\\d年].{1,30}?)(?:政府信息公开|信息公开|政务公开)");
  private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(?:发布日期|发布时间|发文日期|成文日期|日期)\\s*[:：]?\\s*((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
  private static final Pattern CHINESE_DATE =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$", Pattern.MULTILINE);

  /** Reads the facts from normalised text (simplified script). */
  public static Metadata read(String text) {
    Integer year = null;
    String agency = null;
    Matcher t = TITLE.matcher("");
    String previous = null;
    for (String line : text.lines().limit(60).toList()) {
      t.reset(line);
      if (t.find()) {
        year = Integer.valueOf(t.group(2));
        agency = clean(t.group(1));
        if (agency.isEmpty() && previous != null) {
          agency = clean(previous);
        }
        break;
      }
      Matcher y = YEAR_FIRST.matcher(line);
      if (y.find()) {
        year = Integer.valueOf(y.group(1));
        agency = clean(y.group(2));
        break;
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    if (year == null) {
      Matcher p = PERIOD.matcher(text);
      year = p.find() ? Integer.valueOf(p.group(1)) : null;
    }
    return new Metadata(year, agency == null || agency.isEmpty() ? null : agency, published(text));
  }

  private static String clean(String s) {
    return s.replaceAll("^[\\s#*>\\-]+", "").replaceAll("[\\s*]+$", "").replaceAll("\\s+", "");
  }

  private static LocalDate published(String text) {
    LocalDate labelled = labelledDate(text);
    if (labelled != null) {
      return labelled;
    }
    // Only a date printed at the end (the signature block) is the publication date: look at the tail alone.
    int tailStart = Math.max(0, text.length() - 400);
    Matcher c = CHINESE_DATE.matcher(text).region(tailStart, text.length());
    LocalDate last = null;
    while (c.find()) {
      last = date(c);
    }
    return last;
  }

  /**
   * The first date after a label (发布日期…). Every label ends in 日期 or 时间, so the pattern is tried only where those
   * words are printed instead of at every character of the report.
   */
  private static LocalDate labelledDate(String text) {
    Matcher m = LABELLED_DATE.matcher(text);
    int first = Integer.MAX_VALUE;
    LocalDate found = null;
    for (String word : new String[] {"日期", "时间"}) {
      for (int at = text.indexOf(word); at >= 0 && at < first; at = text.indexOf(word, at + 1)) {
        for (int start = Math.max(0, at - 2); start <= at; start += 2) {
          if (start < first && m.region(start, text.length()).lookingAt()) {
            first = start;
            found = date(m);
          }
        }
      }
    }
    return found;
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
