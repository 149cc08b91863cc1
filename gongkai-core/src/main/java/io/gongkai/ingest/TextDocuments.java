package io.gongkai.ingest;

import io.gongkai.UnreadableInputException;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns the bytes of a text or markdown file into a {@link TextDocument}: decodes them (BOM, then strict UTF-8, then
 * GB18030, the two encodings Chinese government sites publish text in), detects the format and fingerprints the bytes.
 * Binary documents (PDF, Word, images) and HTML are recognised and refused with {@link
 * io.gongkai.UnsupportedFormatException} until their readers exist.
 */
public final class TextDocuments {
  /** Format name of plain text, as in OUTPUT.md. */
  public static final String TEXT = "text";
  /** Format name of markdown, as in OUTPUT.md. */
  public static final String MARKDOWN = "markdown";

  private TextDocuments() {}

  /** Reads and decodes {@code file}; the source's file name is the last path element. */
  public static TextDocument read(Path file) {
    return of(readBytes(file), file.toString(), fileName(file));
  }

  /** Decodes {@code bytes} read from a file called {@code fileName}. */
  public static TextDocument of(byte[] bytes, String fileName) {
    return of(bytes, fileName, fileName);
  }

  /**
   * The text of {@code bytes}, decoded as {@link #read} does, without hashing or format detection: the part of
   * reading a document that every later stage pays for.
   *
   * @param shownName names the input in the exception when the bytes are not text
   */
  public static String decode(byte[] bytes, String shownName) {
    return Charsets.decode(bytes, shownName);
  }

  /** {@code markdown} when the name ends .md/.markdown or the text has markdown headings or tables, else {@code text}. */
  public static String format(String fileName, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return MARKDOWN;
    }
    return MarkdownSniffer.looksLikeMarkdown(text) ? MARKDOWN : TEXT;
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken runtime, not bad input.
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }

  private static TextDocument of(byte[] bytes, String shownName, String fileName) {
    Formats.refuseNonText(bytes, shownName);
    String text = Charsets.decode(bytes, shownName);
    return new TextDocument(new SourceInfo(fileName, sha256(bytes), format(fileName, text)), text);
  }

  /**
   * The bytes of a file, refusing a directory, an empty file, a missing or unreadable one.
   *
   * @throws UnreadableInputException naming the file and the reason
   */
  public static byte[] readBytes(Path file) {
    String shown = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnreadableInputException(shown, "是目录，不是文件 is a directory, not a file");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        throw new UnreadableInputException(shown, "空文件 empty file");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(shown, "文件不存在 no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException(shown, "无权读取 permission denied", e);
    } catch (IOException e) {
      throw new UnreadableInputException(shown, "读取失败 I/O error: " + e.getMessage(), e);
    }
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
