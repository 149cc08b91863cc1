package io.gongkai;

/**
 * An input in a format gongkai recognises but does not read (a spreadsheet, a presentation, or a document format
 * given to a reader for plain text only): the bytes may be fine, the reader for them is not there. Kept apart from
 * other unreadable input so a front end can say "not this kind of file" rather than "broken".
 */
public class UnsupportedFormatException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  private final String format;

  /** {@code file} is a {@code format} document, which this build cannot read. */
  public UnsupportedFormatException(String file, String format) {
    super(file, "不支持的格式 unsupported format: " + format);
    this.format = format;
  }

  /** The detected format ({@code pdf}, {@code docx}, …). */
  public String format() {
    return format;
  }
}
