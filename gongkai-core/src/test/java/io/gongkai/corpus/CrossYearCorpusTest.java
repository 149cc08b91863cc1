package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.Edition;
import io.gongkai.validate.CrossYearRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The corpus holds three organs over several years (平潭 2018–2021, two 河北 departments 2018–2023). Read as a user
 * would import them, each organ's reports form a chain whose consecutive years are compared by the cross-year rules.
 */
class CrossYearCorpusTest {
  private static Map<String, List<Reading>> chains() {
    Map<String, List<Reading>> byAgency = new TreeMap<>();
    for (String name : SharedFolder.reports(".txt")) {
      if (!name.startsWith("corpus/")) {
        continue;
      }
      Reading r = new Extractor().read(SharedFolder.read(name), new SourceInfo(name, "", "text"));
      if (r.agency() != null && r.year() != null) {
        byAgency.computeIfAbsent(r.agency(), a -> new ArrayList<>()).add(r);
      }
    }
    byAgency.values().forEach(l -> l.sort(Comparator.comparing(Reading::year)));
    return byAgency;
  }

  @Test
  void theCarryOverChainOfPingtanIsCheckedEveryYearAndHolds() {
    List<Reading> pingtan = chains().entrySet().stream().filter(e -> e.getKey().contains("平潭"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    assertThat(pingtan).extracting(Reading::year).containsExactly(2018, 2019, 2020, 2021);
    for (int i = 2; i < pingtan.size(); i++) {
      Reading last = pingtan.get(i - 1);
      Reading now = pingtan.get(i);
      // Both ends of X1 are read with certainty, so the rule is assessed, not skipped.
      for (String col : List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
          "other_org", "total")) {
        assertThat(last.cell("t3.carried_forward." + col).status()).isEqualTo(Status.OK);
        assertThat(now.cell("t3.carried_over." + col).status()).isEqualTo(Status.OK);
      }
      List<Finding> found = CrossYearRules.check(last, now);
      assertThat(found).noneMatch(f -> f.rule().equals("X1"));
      assertThat(found.stream().anyMatch(f -> f.rule().equals("X4")))
          .isEqualTo(last.edition() == Edition.E2019 && now.edition() == Edition.E2021);
    }
  }

  @Test
  void aSectionCarriedOverWordForWordIsFoundInTheRealChains() {
    List<String> copies = new ArrayList<>();
    chains().forEach((agency, chain) -> {
      for (int i = 1; i < chain.size(); i++) {
        CrossYearRules.check(chain.get(i - 1), chain.get(i)).stream().filter(f -> f.rule().equals("X5"))
            .forEach(f -> copies.add(agency + " " + f.messageZh()));
      }
    });
    // 河北省科学技术厅 printed section 五 of its 2021 report again in 2022 with only the year changed.
    assertThat(copies).anyMatch(c -> c.startsWith("河北省科学技术厅") && c.contains("第五") && c.contains("2021年度"));
  }
}
