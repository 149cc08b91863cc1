package io.gongkai.store.organ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.StoreException;
import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Organ identity, merge, split and level, on H2 and on PostgreSQL. */
class OrganStoreTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void variantNamesResolveToOneOrganButAmbiguousShortNamesDoNot(DatabaseTarget target) {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      db.jdbi().useTransaction(h -> {
        long hongze = resolve(h, "洪泽县人民政府");
        assertThat(resolve(h, "洪泽区人民政府")).isEqualTo(hongze);
        assertThat(resolve(h, "淮安市洪泽区人民政府")).isEqualTo(hongze);
        assertThat(resolve(h, "江苏省淮安市洪泽区")).isEqualTo(hongze);
        assertThat(resolve(h, "洪澤區人民政府")).isEqualTo(hongze);
        assertThat(resolve(h, "洪泽区教育局")).isNotEqualTo(hongze);
        long beijing = resolve(h, "北京市朝阳区人民政府");
        long changchun = resolve(h, "长春市朝阳区人民政府");
        assertThat(changchun).isNotEqualTo(beijing);
        assertThat(resolve(h, "朝阳区人民政府")).isNotIn(beijing, changchun);
      });
      assertThat(new OrganStore(db).list()).hasSize(5)
          .first().satisfies(o -> {
            assertThat(o.name()).isEqualTo("洪泽县人民政府");
            assertThat(o.level()).isEqualTo(Level.COUNTY);
            assertThat(o.aliases()).containsExactly("洪泽县人民政府", "淮安市洪泽区人民政府", "江苏省淮安市洪泽区");
          });
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void mergeThenSplitRestoresTheOrgansAndLevelsSetByHandStay(DatabaseTarget target) {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      long[] ids = db.jdbi().inTransaction(h -> new long[] {resolve(h, "上海市科学技术委员会"), resolve(h, "上海市科委")});
      OrganStore organs = new OrganStore(db);
      organs.merge(ids[0], ids[1]);
      assertThat(organs.list()).singleElement()
          .satisfies(o -> assertThat(o.aliases()).containsExactly("上海市科学技术委员会", "上海市科委"));
      db.jdbi().useHandle(h -> assertThat(resolve(h, "上海市科委")).isEqualTo(ids[0]));

      long split = organs.split("上海市科委");
      assertThat(organs.list()).hasSize(2);
      assertThat(organs.get(split)).hasValueSatisfying(o -> assertThat(o.aliases()).containsExactly("上海市科委"));
      assertThatThrownBy(() -> organs.split("上海市科委")).isInstanceOf(StoreException.class)
          .hasMessageContaining("上海市科委");
      assertThatThrownBy(() -> organs.merge(split, split)).isInstanceOf(StoreException.class);

      organs.setLevel(split, Level.PROVINCE);
      assertThat(organs.get(split)).hasValueSatisfying(o -> {
        assertThat(o.level()).isEqualTo(Level.PROVINCE);
        assertThat(o.levelSetByPerson()).isTrue();
      });
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void nestingNamesResolvedAtOnceByTwoTransactionsJoinOneOrgan(DatabaseTarget target) throws Exception {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(4)) {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.List<java.util.concurrent.Future<Long>> ids = new java.util.ArrayList<>();
        for (String name : java.util.List.of("洪泽区人民政府", "淮安市洪泽区人民政府")) {
          ids.add(pool.submit(() -> {
            start.await();
            return db.jdbi().inTransaction(h -> {
              long id = resolve(h, name);
              Thread.sleep(300);
              return id;
            });
          }));
        }
        assertThat(ids.get(0).get()).isEqualTo(ids.get(1).get());
      } finally {
        pool.shutdownNow();
      }
      assertThat(new OrganStore(db).list()).singleElement();
    }
  }

  private static long resolve(Handle h, String name) {
    return Organs.resolve(h, OrganName.of(name));
  }
}
