package io.gongkai.cli;

import io.gongkai.output.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The output options of the commands that work on the database (import, reread, organs, report). */
final class StoreOutputOptions {
  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", scope = ScopeType.INHERIT,
      description = "输出格式 output format: text（默认 default）或 or json")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT,
      description = "只用一种语言显示 show one language only: zh 中文, en English（默认中英文 default both）")
  Language lang;

  Language language() {
    return lang == null ? Language.BOTH : lang;
  }
}
