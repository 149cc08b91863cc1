package io.gongkai.store.organ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganNameTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "洪泽区人民政府|洪泽区",
      "洪泽区|洪泽区",
      "洪泽县人民政府|洪泽区",
      "洪泽县政府|洪泽区",
      "洪 泽 区 人民政府|洪泽区",
      "秦州區人民政府|秦州区",
      "秦州区|秦州区",
      "淮安市洪泽区人民政府|淮安市洪泽区",
      "白沙街道办事处|白沙街道",
      "白沙街道|白沙街道",
      "洪泽县交通运输局|洪泽区交通运输局",
      "洪泽區交通運輸局|洪泽区交通运输局",
      "洪泽县人民政府办公室|洪泽区政府办公室",
      "洪泽区政府办公室|洪泽区政府办公室",
      "国家统计局|国家统计局",
  })
  void variantNamesOfOneOrganShareAKey(String printed, String key) {
    assertThat(OrganName.of(printed).key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "河北省人民政府|province|河北省",
      "北京市人民政府|province|北京市",
      "北京市海淀区人民政府|county|北京市海淀区",
      "内蒙古自治区人民政府|province|内蒙古自治区",
      "江苏省淮安市人民政府|city|江苏省淮安市",
      "江苏省苏州市昆山市人民政府|county|江苏省苏州市昆山市",
      "淮安市洪泽区人民政府|county|淮安市洪泽区",
      "沛县人民政府|county|沛县",
      "小王庄镇|township|小王庄镇",
      "青石乡人民政府|township|青石乡",
      "白沙街道办事处|subdistrict|白沙街道",
      "河北省科学技术厅|department|河北省",
      "河北省工业和信息化厅|department|河北省",
      "南湖区市场监督管理局|department|南湖区",
      "南湖区城市管理局|department|南湖区",
      "柳溪县住房和城乡建设局|department|柳溪县",
      "北江市公安局南湖区分局|department|北江市",
      "西岭镇办事处|department|西岭镇",
      "市中区永安镇政府|township|市中区永安镇",
      "中山市人民政府|city|中山市",
  })
  void levelAndRegionAreReadFromTheName(String printed, String level, String region) {
    OrganName name = OrganName.of(printed);
    assertThat(name.level()).isEqualTo(Level.of(level));
    assertThat(name.region()).isEqualTo(region);
  }

  @Test
  void theLocalKeyStartsAtTheLastUnit() {
    assertThat(OrganName.of("淮安市洪泽区人民政府").localKey()).isEqualTo("洪泽区");
    assertThat(OrganName.of("洪泽县人民政府").localKey()).isEqualTo("洪泽区");
    assertThat(OrganName.of("江苏省淮安市洪泽区教育局").localKey()).isEqualTo("洪泽区教育局");
    assertThat(OrganName.of("国家统计局").localKey()).isEqualTo("国家统计局");
  }

  @Test
  void aNameWithoutUnitsIsADepartmentOfNoRegion() {
    OrganName name = OrganName.of("国务院办公厅");
    assertThat(name.level()).isEqualTo(Level.DEPARTMENT);
    assertThat(name.region()).isNull();
    assertThat(name.printed()).isEqualTo("国务院办公厅");
  }

  @Test
  void differentOrgansKeepDifferentKeys() {
    assertThat(OrganName.of("洪泽区人民政府").key()).isNotEqualTo(OrganName.of("淮安市人民政府").key());
    assertThat(OrganName.of("洪泽区教育局").key()).isNotEqualTo(OrganName.of("洪泽区人民政府").key());
    assertThat(OrganName.of("洪泽市人民政府").key()).isNotEqualTo(OrganName.of("洪泽区人民政府").key());
  }

  @Test
  void levelsAreNamedInChineseOrEnglish() {
    assertThat(Level.of("乡镇")).isEqualTo(Level.TOWNSHIP);
    assertThat(Level.of("Subdistrict")).isEqualTo(Level.SUBDISTRICT);
    assertThatThrownBy(() -> Level.of("村")).hasMessageContaining("村");
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> OrganName.of(" \u3000")).isInstanceOf(IllegalArgumentException.class);
    assertThat(OrganName.parse("\u00a0\u3000 ")).isEmpty();
    assertThat(OrganName.parse("洪泽区")).hasValueSatisfying(n -> assertThat(n.key()).isEqualTo("洪泽区"));
  }
}
