package io.gongkai.cli;

import io.gongkai.model.Severity;
import io.gongkai.output.Language;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "输出格式 output format: text（默认 default）或 or json")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "只用一种语言显示 show one language only: zh 中文, en English（默认中英文 default both）")
  Language lang;

  @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
      description = "达到此级别的问题使退出码为 3 findings at or above this severity give exit code 3 (default: error)")
  Severity failOn;

  Language language() {
    return lang == null ? Language.BOTH : lang;
  }
}
