package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the within-report rules of SPEC §7 over a reading and returns what they found. Findings come in the order the
 * rules are declared below, and within a rule in template order (column by column, row by row), so the same reading
 * always yields the same list. The reading is never changed: a total that disagrees with its parts stays as printed.
 */
public final class Validator {
  /** The rules in reporting order: document, identities, cells, plausibility. */
  private static final List<Function<Sheet, List<Finding>>> RULES = List.of(
      DocumentRules::wrongEdition,
      DocumentRules::missingSections,
      CellRules::missingTables,
      sheet -> evaluate(Relations.identities(sheet), sheet),
      CellRules::domains,
      CellRules::missingRows,
      CellRules::blanks,
      CellRules::blankWholes,
      CellRules::uncertain,
      DocumentRules::labelVariants,
      sheet -> evaluate(Relations.plausibility(sheet), sheet),
      PlausibilityRules::regulationsPower,
      PlausibilityRules::units,
      Narrative::check,
      YearRules::check,
      PlausibilityRules::casesWithoutApplications);

  /** Every finding for the reading, in rule order. Pure: the reading is not changed. */
  public List<Finding> check(Reading reading) {
    Sheet sheet = new Sheet(reading);
    List<Finding> out = new ArrayList<>();
    RULES.forEach(rule -> out.addAll(rule.apply(sheet)));
    return List.copyOf(out);
  }

  private static List<Finding> evaluate(List<Relation> relations, Sheet sheet) {
    return RelationEngine.evaluate(relations, sheet);
  }
}
