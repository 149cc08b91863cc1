package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import java.util.List;

/** Runs the within-report rules of SPEC §7 over a reading. (Being written: signature fixed.) */
public final class Validator {
  /** Every finding for the reading, in rule order. Pure: the reading is not changed. */
  public List<Finding> check(Reading reading) {
    throw new UnsupportedOperationException("in progress");
  }
}
