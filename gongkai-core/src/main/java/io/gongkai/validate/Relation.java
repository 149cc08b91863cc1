package io.gongkai.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One instance of a rule over concrete cells: {@code sum(actual) op sum(expected)}, e.g. H1 on the 自然人 column.
 * The actual side is what the report claims (a printed total), the expected side what the parts add up to.
 */
record Relation(RuleSpec rule, String scopeZh, String scopeEn, List<Term> actual, Op op, List<Term> expected) {
  Relation {
    actual = List.copyOf(actual);
    expected = List.copyOf(expected);
  }

  /** Every cell the relation reads, without repeats. */
  List<String> cells() {
    List<String> ids = new ArrayList<>();
    Stream.concat(actual.stream(), expected.stream()).map(Term::cell).filter(c -> !ids.contains(c)).forEach(ids::add);
    return ids;
  }
}
