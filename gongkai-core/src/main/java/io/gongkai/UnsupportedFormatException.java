package io.gongkai;

/**
 * An input in a format gongkai recognises but cannot read yet (PDF, Word, images, HTML): the bytes are fine, the
 * reader for them is not there. Kept apart from other unreadable input so a front end can say "not yet" rather than
 * "broken".
 */
public class UnsupportedFormatException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  private final String format;

  /** {@code file} is a {@code format} document, which this build cannot read. */
  public UnsupportedFormatException(String file, String format) {
    super(file, "暂不支持的格式 unsupported format: " + format + "（目前只读纯文本和 Markdown / only plain text and markdown"
        + " for now）");
    this.format = format;
  }

  /** The detected format ({@code pdf}, {@code docx}, …). */
  public String format() {
    return format;
  }
}
