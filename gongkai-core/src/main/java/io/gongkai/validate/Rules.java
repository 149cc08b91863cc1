package io.gongkai.validate;

import static io.gongkai.model.Severity.ERROR;
import static io.gongkai.model.Severity.INFO;
import static io.gongkai.model.Severity.WARNING;

/**
 * The arithmetic rules of SPEC §7, declared once: id, severity, statement and failure message. Which cells each rule
 * covers is derived from the template in {@link Relations}; nothing here lists rows or columns.
 */
final class Rules {
  private Rules() {}

  static final RuleSpec H1 = new RuleSpec("H1", ERROR,
      "第一项加第二项之和等于第三项加第四项之和",
      "new + carried over = processed + carried forward",
      "{scope}：第一项加第二项之和（{e}）不等于第三项加第四项之和（{a}）",
      "{scope}: new + carried over ({e}) differs from processed + carried forward ({a})");

  static final RuleSpec H2 = new RuleSpec("H2", ERROR,
      "（七）总计等于各项办理结果之和",
      "the processed total equals the sum of the outcome rows",
      "{scope}：{A}（{a}）不等于各项办理结果之和（{e}）",
      "{scope}: {A} ({a}) differs from the sum of the outcome rows ({e})");

  static final RuleSpec H3 = new RuleSpec("H3", ERROR,
      "总计等于各类申请人之和",
      "the total column equals the sum of the applicant columns",
      "{scope}：{A}（{a}）不等于各类申请人之和（{e}）",
      "{scope}: {A} ({a}) differs from the sum of the applicant columns ({e})");

  static final RuleSpec H4 = new RuleSpec("H4", ERROR,
      "总计等于{E}之和",
      "the total equals {E}",
      "{scope}：{A}（{a}）不等于{E}之和（{e}）",
      "{scope}: {A} ({a}) differs from {E} ({e})");

  static final RuleSpec P1 = new RuleSpec("P1", WARNING,
      "{A}不小于0",
      "{A} is not negative",
      "{scope}：{A}（{a}）小于0，年末项目数不应为负",
      "{scope}: {A} ({a}) is below 0; the year-end item count cannot be negative");

  static final RuleSpec P2 = new RuleSpec("P2", WARNING,
      "{A}不大于{E}",
      "{A} is at most {E}",
      "{scope}：{A}（{a}）大于{E}（{e}）",
      "{scope}: {A} ({a}) exceeds {E} ({e})");

  /** The weaker P2 check: earlier documents may be published this year, so this one only informs. */
  static final RuleSpec P2_MADE = new RuleSpec("P2", INFO,
      "{A}不大于{E}",
      "{A} is at most {E}",
      "{scope}：{A}（{a}）大于{E}（{e}），若含往年制作今年公开的文件则属正常",
      "{scope}: {A} ({a}) exceeds {E} ({e}); normal if documents made earlier were published this year");

  static final RuleSpec P3 = new RuleSpec("P3", WARNING,
      "{A}不小于{E}",
      "{A} is at least {E}",
      "{scope}：{A}（{a}）小于{E}（{e}）",
      "{scope}: {A} ({a}) is less than {E} ({e})");
}
